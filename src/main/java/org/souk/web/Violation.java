package org.souk.web;

/** One broken rule of one field: the field path, the rule id of requirements.md (or null) and a message. */
public record Violation(String field, String rule, String message) {
}
