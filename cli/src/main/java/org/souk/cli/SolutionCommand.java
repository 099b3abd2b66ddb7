package org.souk.cli;

import picocli.CommandLine.Parameters;

/** A command about one solution, named by its code as the first argument. */
abstract class SolutionCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "SOLUTION", descriptionKey = "code",
            description = "The solution's code, partnercode.appcode")
    String code;

    SolutionCommand(Terminal terminal) {
        super(terminal);
    }
}
