package org.souk.cli;

import java.io.IOException;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where a solution stands: its status, the published and the latest version, and its latest "
                + "submission with the place in the queue or the moderator's decision and remarks.")
final class StatusCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "SOLUTION", description = "The solution's code, partnercode.appcode")
    String code;

    StatusCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() throws IOException {
        SoukClient client = client();
        JsonNode solution = client.get(solutionPath(code)).path("solution");
        String title = Output.text(solution, "title");
        out().println(code + (title == null ? "" : " — " + title));
        out().println("status: " + Output.words(Output.text(solution, "status")) + "; published version: "
                + Output.or(Output.text(solution, "publishedVersion"), "none") + "; latest version: "
                + Output.or(Output.text(solution, "latestVersion"), "-")
                + (Output.text(solution, "publishedVersion") == null ? ""
                        : "; in the catalog: " + (solution.path("availableInCatalog").asBoolean() ? "yes" : "no")));
        List<JsonNode> submissions = client.list(solutionPath(code) + "/submissions");
        JsonNode latest = null;
        for (JsonNode s : submissions) { // newest first today; the highest id whatever the order
            if (latest == null || s.path("id").asLong() > latest.path("id").asLong()) {
                latest = s;
            }
        }
        if (latest == null) {
            out().println("Never submitted.");
            return Souk.OK;
        }
        Submission submission = new Submission(latest);
        out().println((submission.open() ? "" : "last ") + submission.summary() + ".");
        if (!submission.open()) {
            submission.remarks(out());
        }
        return Souk.OK;
    }
}
