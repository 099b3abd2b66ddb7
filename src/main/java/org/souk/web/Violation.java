package org.souk.web;

/**
 * One broken rule of one field: the field path, the rule id of requirements.md (or null) and a message. Serializable:
 * pages hand violations to the next page as flash attributes, kept in the session (in the database).
 */
public record Violation(String field, String rule, String message) implements java.io.Serializable {
}
