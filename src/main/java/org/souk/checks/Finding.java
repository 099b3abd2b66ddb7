package org.souk.checks;

import java.util.List;

/**
 * One thing a check found: the rule of requirements.md, how much it weighs, the field path (for example
 * {@code card.texts.en.shortDescription}), the message in the UI language, the offending text or value,
 * and how to fix it; and the message's key and arguments in the bundle {@code i18n/checks}, so that a kept
 * report reads in the language of whoever opens it, not of whoever ran the checks.
 */
public record Finding(String rule, Severity severity, String field, String message, String evidence, String hint,
        String key, List<String> args) {
}
