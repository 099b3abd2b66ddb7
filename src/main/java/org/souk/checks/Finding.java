package org.souk.checks;

/**
 * One thing a check found: the rule of requirements.md, how much it weighs, the field path (for example
 * {@code card.texts.en.shortDescription}), the message in the UI language, the offending text or value,
 * and how to fix it.
 */
public record Finding(String rule, Severity severity, String field, String message, String evidence, String hint) {
}
