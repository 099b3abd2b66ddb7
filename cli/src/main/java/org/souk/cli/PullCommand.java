package org.souk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** A pull of a solution's card or version into a file of the project. */
abstract class PullCommand extends SolutionCommand {

    @Option(names = { "-f", "--file" }, paramLabel = "FILE", descriptionKey = "pullFile",
            description = "Where to write; .json for JSON, else YAML. Default: <SOLUTION>.${PARENT-COMMAND-NAME}.yaml")
    String file;

    private final String kind;

    PullCommand(Terminal terminal, String kind) {
        super(terminal);
        this.kind = kind;
    }

    Path target() {
        return terminal.path(file != null ? file : code + "." + kind + ".yaml");
    }
}
