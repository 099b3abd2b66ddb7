package org.souk.cli;

import java.io.PrintWriter;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** A submission of the API as the partner reads it: where it stands, and the moderator's remarks once decided. */
record Submission(JsonNode json) {

    long id() {
        return json.path("id").asLong();
    }

    String status() {
        return Output.or(Output.text(json, "status"), "").toLowerCase(Locale.ROOT);
    }

    boolean open() {
        return status().equals("queued") || status().equals("in_review");
    }

    /** "submission 12 (version 3): queued, 2nd in the queue, decision expected by 2026-12-07". */
    String summary(Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("submission", String.valueOf(id()),
                String.valueOf(json.path("versionNumber").asInt()), texts.words(status())));
        if (open()) {
            if (json.path("inReview").asBoolean() && !status().equals("in_review")) {
                text.append(texts.get("submission.inReview"));
            }
            String position = Output.text(json, "position");
            if (position != null) {
                text.append(texts.get("submission.position", position));
            }
            String expected = Output.text(json, "expectedBy");
            if (expected != null) {
                text.append(texts.get("submission.expected", expected));
            }
            if (Output.text(json, "cancelRequestedAt") != null) {
                text.append(texts.get("submission.cancelRequested"));
            }
        } else {
            String decided = Output.text(json, "decidedAt");
            if (decided != null) {
                text.append(texts.get("submission.decidedAt", Output.time(decided)));
            }
        }
        return text.toString();
    }

    /** The moderator's comment and the remarks on single fields (M-04), each on its line. */
    void remarks(PrintWriter out, Texts texts) {
        String comment = Output.text(json, "comment");
        if (comment != null) {
            out.println(texts.get("submission.comment"));
            comment.lines().forEach(line -> out.println("  " + line));
        }
        for (JsonNode remark : json.path("fieldComments")) {
            out.println("  " + Output.or(Output.text(remark, "field"), "") + ": "
                    + Output.or(Output.text(remark, "comment"), ""));
        }
    }

    /** The exit code of a final status (see {@link Souk}). */
    int exitCode() {
        return switch (status()) {
            case "approved" -> Souk.OK;
            case "returned", "refused" -> Souk.DECLINED;
            case "cancelled" -> Souk.CANCELLED;
            default -> Souk.TIMED_OUT;
        };
    }
}
