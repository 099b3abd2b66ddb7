package org.souk.cli;

import java.io.IOException;
import java.util.List;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where a solution stands: its status, the published and the latest version, and its latest "
                + "submission with the place in the queue or the moderator's decision and remarks.")
final class StatusCommand extends SolutionCommand {

    StatusCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() throws IOException {
        SoukClient client = reading(code);
        JsonNode solution = client.get(solutionPath(code)).path("solution");
        String title = Output.text(solution, "title");
        out().println(code + (title == null ? "" : " — " + title));
        String published = Output.text(solution, "publishedVersion");
        out().println(texts().get("status.line", texts().words(Output.text(solution, "status")),
                Output.or(published, texts().get("card.none")), Output.or(Output.text(solution, "latestVersion"), "-"))
                + (published == null ? "" : texts().get(solution.path("availableInCatalog").asBoolean()
                        ? "status.listed" : "status.unlisted")));
        List<JsonNode> submissions = client.firstPage(solutionPath(code) + "/submissions", 20);
        JsonNode latest = null;
        for (JsonNode s : submissions) { // listed newest first; the highest id of the page whatever its order
            if (latest == null || s.path("id").asLong() > latest.path("id").asLong()) {
                latest = s;
            }
        }
        if (latest == null) {
            out().println(texts().get("status.never"));
            return Souk.OK;
        }
        Submission submission = new Submission(latest);
        out().println(texts().get(submission.open() ? "status.open" : "status.last", submission.summary(texts())));
        if (!submission.open()) {
            submission.remarks(out(), texts());
        }
        return Souk.OK;
    }
}
