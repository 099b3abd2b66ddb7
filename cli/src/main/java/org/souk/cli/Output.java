package org.souk.cli;

import tools.jackson.databind.JsonNode;

/** How values of the API read in a terminal. */
final class Output {

    private Output() {
    }

    /** A text field, or null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isBlank() ? null : text;
    }

    static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** "field: message (rule X)"; the field as the API names it, the same path as in the card's file. */
    static String violation(JsonNode v, Texts texts) {
        String field = text(v, "field");
        String rule = text(v, "rule");
        String message = withoutRule(or(text(v, "message"), texts.get("violation.invalid")), rule);
        return (field == null ? "" : field + ": ") + message + texts.rule(rule);
    }

    /** The market's sentence without a leading "C-21: ", which the tool prints as a tag after it instead. */
    static String withoutRule(String message, String rule) {
        return rule != null && message.startsWith(rule + ": ") ? message.substring(rule.length() + 2) : message;
    }

    /** An instant of the API to the second: "2026-12-03T15:32:14Z". */
    static String time(String instant) {
        try {
            return java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }
}
