package org.souk.cli;

import java.io.IOException;
import java.util.List;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

@Command(name = "solutions", mixinStandardHelpOptions = true, description = "Your partner's solutions.",
        subcommands = SolutionsCommand.ListCommand.class)
final class SolutionsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every solution of your partner: code, status, published and latest version, title.")
    static final class ListCommand extends ApiCommand {

        ListCommand(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() throws IOException {
            List<JsonNode> solutions = reading(null).list("/api/v1/solutions");
            if (solutions.isEmpty()) {
                out().println(texts().get("solutions.none"));
                return Souk.OK;
            }
            int width = Math.max(4, solutions.stream().mapToInt(s -> Output.or(Output.text(s, "code"), "").length())
                    .max().orElse(4));
            String format = "%-" + width + "s  %-22s  %-9s  %-6s  %s%n";
            out().printf(format, (Object[]) texts().get("solutions.columns").split(","));
            for (JsonNode s : solutions) {
                out().printf(format, Output.text(s, "code"), texts().words(Output.text(s, "status")),
                        Output.or(Output.text(s, "publishedVersion"), "-"), Output.or(Output.text(s, "latestVersion"),
                                "-"), Output.or(Output.text(s, "title"), ""));
            }
            return Souk.OK;
        }
    }
}
