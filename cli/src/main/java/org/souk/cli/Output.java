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
        String message = or(text(v, "message"), texts.get("violation.invalid"));
        return (field == null ? "" : field + ": ") + message + texts.rule(text(v, "rule"));
    }
}
