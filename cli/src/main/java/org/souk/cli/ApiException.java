package org.souk.cli;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A refusal of the API, from its problem details (RFC 9457): the sentence, the rule, and each broken rule of a field,
 * so that the user reads what to change where, not a status code.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final JsonNode problem;

    ApiException(int status, JsonNode problem, String fallback) {
        super(describe(status, problem, fallback));
        this.status = status;
        this.problem = problem;
    }

    int status() {
        return status;
    }

    /** Each violation as "field: message (rule X)", plain words first and the rule as a small tag. */
    List<String> violations() {
        List<String> lines = new ArrayList<>();
        if (problem != null) {
            for (JsonNode v : problem.path("violations")) {
                lines.add(Output.violation(v));
            }
        }
        return lines;
    }

    private static String describe(int status, JsonNode problem, String fallback) {
        String detail = problem == null ? null : Output.text(problem, "detail");
        String title = problem == null ? null : Output.text(problem, "title");
        String sentence = detail != null ? detail : title != null ? title : fallback;
        if (sentence == null || sentence.isBlank()) {
            sentence = "The market answered HTTP " + status;
        }
        String rule = problem == null ? null : Output.text(problem, "rule");
        return rule == null ? sentence : sentence + " (rule " + rule + ")";
    }
}
