package org.souk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = { "Submit the draft for moderation (M-01): it is frozen into a revision and queued.",
                "Refused with exit code 1 and every missing thing (partner status, agreements, blockers of the "
                        + "checks) when it cannot be submitted.",
                "With --wait, follow it until the moderator decides and print the remarks; exit code 0 approved, "
                        + "2 returned or refused, 4 cancelled, 3 no decision before --timeout." })
final class SubmitCommand extends SolutionCommand {

    @Option(names = "--wait", description = "Wait for the moderator's decision.")
    boolean await;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "72h", converter = Durations.class,
            description = "How long --wait waits, e.g. 90s, 30m, 2h, 3d. Default: ${DEFAULT-VALUE} (the moderators "
                    + "decide within 3 working days)")
    Duration timeout;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = Durations.class,
            description = "How often --wait asks. Default: ${DEFAULT-VALUE}")
    Duration interval;

    SubmitCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        SoukClient client = client();
        JsonNode created;
        try {
            created = client.post(solutionPath(code) + "/submissions", null);
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            terminal.err().println(texts().get("submit.notSubmitted"));
            e.violations().forEach(v -> terminal.err().println("  " + v));
            return Souk.BLOCKED;
        }
        Submission submission = new Submission(created);
        out().println(texts().get("submit.done", code, submission.summary(texts())));
        if (!await) {
            return Souk.OK;
        }
        return new Waiting(client, code, out(), terminal.err(), texts()).until(submission, timeout, interval);
    }

    /** Polls the solution's submissions until this one is decided; prints each change of where it stands. */
    record Waiting(SoukClient client, String code, PrintWriter out, PrintWriter err, Texts texts) {

        int until(Submission submitted, Duration timeout, Duration interval) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            String last = submitted.summary(texts);
            Submission now = submitted;
            while (now.open()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    out.println(texts.get("submit.timedOut", Durations.format(timeout), now.summary(texts), code));
                    return Souk.TIMED_OUT;
                }
                Thread.sleep(Math.min(interval.toMillis(), left));
                try {
                    now = find(now.id());
                } catch (SoukClient.Unreachable | ApiException e) {
                    if (e instanceof ApiException refusal && (refusal.status() == 401 || refusal.status() == 403
                            || refusal.status() == 404)) {
                        throw e;
                    }
                    // a restart or a blip of the market must not fail a release job that waits for days
                    err.println(texts.get("submit.stillWaiting", Instant.now(), e.getMessage()));
                    continue;
                }
                String summary = now.summary(texts);
                if (!summary.equals(last)) {
                    out.println(summary + ".");
                    last = summary;
                }
            }
            String status = now.status();
            out.println(switch (status) {
                case "approved" -> texts.get("submit.approved", code, String.valueOf(now.json().path("versionNumber")
                        .asInt()));
                case "returned", "refused", "cancelled" -> texts.get("submit." + status);
                default -> texts.get("submit.decided", texts.words(status));
            });
            now.remarks(out, texts);
            return now.exitCode();
        }

        private Submission find(long id) {
            for (JsonNode s : client.list(ApiCommand.solutionPath(code) + "/submissions")) {
                if (s.path("id").asLong() == id) {
                    return new Submission(s);
                }
            }
            throw new ApiException(404, null, texts.get("submit.gone", String.valueOf(id), code), texts);
        }
    }
}
