package org.souk.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A push of a file of the project: the file, and the solution it names unless --solution says otherwise. */
abstract class PushCommand<T> extends ApiCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "pushFile",
            description = "The file to push (YAML, or JSON by .json)")
    String file;

    @Option(names = { "-s", "--solution" }, paramLabel = "SOLUTION",
            description = "The solution's code; default: the file's `solution`")
    String solution;

    private final Class<T> type;

    PushCommand(Terminal terminal, Class<T> type) {
        super(terminal);
        this.type = type;
    }

    @Override
    public final Integer call() throws IOException {
        Path source = terminal.path(file);
        T content = Documents.read(source, type, texts());
        String code = solution != null ? solution : named(content);
        if (code == null) {
            throw new Documents.FileProblem(texts().get("file.noSolution", source.getFileName()));
        }
        return push(code, source, content);
    }

    /** The file's `solution`, or null. */
    abstract String named(T content);

    abstract int push(String code, Path source, T content) throws IOException;
}
