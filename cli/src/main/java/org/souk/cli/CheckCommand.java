package org.souk.cli;

import java.io.IOException;
import java.util.Locale;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Run every automatic check on the draft now and print the findings: severity, field, what "
                + "is wrong, the rule, the evidence and how to fix it.",
                "Exit code 1 when there is a blocker: a submission would be refused (M-02)." })
final class CheckCommand extends SolutionCommand {

    CheckCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() throws IOException {
        JsonNode report = writing(code).post(solutionPath(code) + "/checks", null);
        int blockers = 0;
        int warnings = 0;
        int notes = 0;
        for (JsonNode finding : report.path("findings")) {
            String severity = Output.or(Output.text(finding, "severity"), "info").toLowerCase(Locale.ROOT);
            switch (severity) {
                case "blocker" -> blockers++;
                case "warning" -> warnings++;
                default -> notes++;
            }
            print(finding, severity);
        }
        out().println(texts().get("check.summary", code, String.valueOf(blockers), String.valueOf(warnings),
                String.valueOf(notes)) + texts().get(blockers > 0 ? "check.blocked" : "check.clear"));
        return blockers > 0 ? Souk.BLOCKED : Souk.OK;
    }

    private void print(JsonNode finding, String severity) {
        String field = Output.text(finding, "field");
        String label = texts().get(severity.equals("blocker") || severity.equals("warning") ? "check." + severity
                : "check.info");
        String rule = Output.text(finding, "rule");
        out().printf("%-8s %s%s%s%n", label, field == null ? "" : field + ": ",
                Output.withoutRule(Output.or(Output.text(finding, "message"), ""), rule), texts().rule(rule));
        String evidence = Output.text(finding, "evidence");
        if (evidence != null) {
            out().println("         " + texts().get("check.evidence", evidence));
        }
        String hint = Output.text(finding, "hint");
        if (hint != null) {
            out().println("         " + texts().get("check.hint", hint));
        }
    }
}
