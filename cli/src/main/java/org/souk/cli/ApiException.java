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
    private final List<String> violations = new ArrayList<>();

    ApiException(int status, JsonNode problem, String fallback, Texts texts) {
        super(problem != null && !problem.path("violations").isEmpty() ? texts.get("api.invalid")
                : describe(status, problem, fallback, texts));
        this.status = status;
        if (problem != null) {
            for (JsonNode v : problem.path("violations")) {
                violations.add(Output.violation(v, texts));
            }
        }
    }

    int status() {
        return status;
    }

    /**
     * Each violation as "field: message (rule X)", plain words first and the rule as a small tag; the message of the
     * exception is then only the sentence that introduces them, not the first of them again.
     */
    List<String> violations() {
        return violations;
    }

    private static String describe(int status, JsonNode problem, String fallback, Texts texts) {
        String detail = problem == null ? null : Output.text(problem, "detail");
        String title = problem == null ? null : Output.text(problem, "title");
        String sentence = detail != null ? detail : title != null ? title : fallback;
        if (sentence == null || sentence.isBlank()) {
            sentence = texts.get("api.status", String.valueOf(status));
        }
        return sentence + texts.rule(problem == null ? null : Output.text(problem, "rule"));
    }
}
