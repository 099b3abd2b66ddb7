package org.souk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        SoukClient client = writing(code);
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

    /**
     * Polls the solution's submissions until this one and those of the same revision in the solution's other regions
     * (each region reviews it) are decided; prints each change of where they stand. A return or refusal in one region
     * decides the outcome; approved means approved in every region, which publishes the version.
     */
    record Waiting(SoukClient client, String code, PrintWriter out, PrintWriter err, Texts texts) {

        int until(Submission submitted, Duration timeout, Duration interval) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            Map<Long, String> last = new HashMap<>();
            last.put(submitted.id(), submitted.summary(texts));
            List<Submission> regions = List.of(submitted);
            while (regions.stream().anyMatch(Submission::open)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    out.println(texts.get("submit.timedOut", Durations.format(timeout),
                            decisive(regions, submitted).summary(texts), code));
                    return Souk.TIMED_OUT;
                }
                Thread.sleep(Math.min(interval.toMillis(), left));
                try {
                    regions = sameRevision(submitted);
                } catch (SoukClient.Unreachable | ApiException e) {
                    if (e instanceof ApiException refusal && (refusal.status() == 401 || refusal.status() == 403
                            || refusal.status() == 404)) {
                        throw e;
                    }
                    // a restart or a blip of the market must not fail a release job that waits for days
                    err.println(texts.get("submit.stillWaiting", Instant.now(), e.getMessage()));
                    continue;
                }
                for (Submission region : regions) {
                    String summary = region.summary(texts);
                    if (!summary.equals(last.put(region.id(), summary))) {
                        out.println(summary + ".");
                    }
                }
            }
            Submission now = decisive(regions, submitted);
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

        /** The region's submission that decides: a return or refusal anywhere, else the one submitted. */
        private static Submission decisive(List<Submission> regions, Submission submitted) {
            return regions.stream().filter(s -> s.status().equals("returned") || s.status().equals("refused"))
                    .findFirst().orElseGet(() -> regions.stream().filter(s -> s.id() == submitted.id()).findFirst()
                            .orElse(submitted));
        }

        /** The submissions of the submitted revision, one per region of the solution. */
        private List<Submission> sameRevision(Submission submitted) {
            long revision = submitted.json().path("revisionId").asLong();
            List<Submission> found = new ArrayList<>();
            // newest first: the revision's submissions (one per region) are on the first page, however long the history
            for (JsonNode s : client.firstPage(ApiCommand.solutionPath(code) + "/submissions", 50)) {
                if (s.path("id").asLong() == submitted.id()
                        || revision != 0 && s.path("revisionId").asLong() == revision) {
                    found.add(new Submission(s));
                }
            }
            if (found.isEmpty()) {
                throw new ApiException(404, null, texts.get("submit.gone", String.valueOf(submitted.id()), code),
                        texts);
            }
            return found;
        }
    }
}
