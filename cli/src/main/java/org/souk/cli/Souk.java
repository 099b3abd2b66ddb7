package org.souk.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code souk}: publish to a Souk market from a terminal or a CI job, through the public API only. Each command is a
 * class of this package; {@link #run} runs one with a given {@link Terminal}, so that tests drive it in-process.
 */
@Command(name = "souk", mixinStandardHelpOptions = true, versionProvider = Souk.Version.class,
        description = "Publish solutions to a Souk market from a terminal or a CI job.",
        subcommands = { LoginCommand.class, SolutionsCommand.class, CardCommand.class, VersionCommand.class,
                CheckCommand.class, SubmitCommand.class, StatusCommand.class, DeliveriesCommand.class,
                CommandLine.HelpCommand.class },
        footerHeading = "%nEnvironment:%n",
        footer = { "  SOUK_URL     the market        } they take precedence over the file that",
                "  SOUK_TOKEN   a personal token  } `souk login` writes: ~/.config/souk/config",
                "",
                "Exit codes:",
                "  0   done; for submit --wait: approved and published",
                "  1   a blocker: `check` found one, or `submit` was refused for what is missing",
                "  2   the moderator returned the submission for revision or refused it",
                "  3   submit --wait: no decision before the timeout",
                "  4   the submission was cancelled",
                "  5   the market refused a request (field and rule printed) or is unreachable",
                "  6   not signed in, or the token was refused",
                "  7   the token does not allow it (read only, or another solution); the login",
                "      that gives one that does is printed",
                "  64  wrong usage of the command" })
public final class Souk implements Runnable {

    static final String VERSION = "0.1.0";

    /** Exit codes: documented in the footer above and in docs/ci-publishing.md. */
    static final int OK = 0;
    static final int BLOCKED = 1;
    static final int DECLINED = 2;
    static final int TIMED_OUT = 3;
    static final int CANCELLED = 4;
    static final int REFUSED = 5;
    static final int NOT_SIGNED_IN = 6;
    static final int TOKEN_TOO_NARROW = 7;
    static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(Terminal.system(), args));
    }

    /** Runs one command line and answers its exit code; nothing is thrown. */
    public static int run(Terminal terminal, String... args) {
        Texts texts = terminal.texts();
        CommandLine line = new CommandLine(new Souk(), new Factory(terminal));
        line.setResourceBundle(texts.bundle());
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler((e, arguments) -> {
            terminal.err().println("souk: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, terminal.err());
            terminal.err().println(texts.get("usage.see", e.getCommandLine().getCommandSpec().qualifiedName()));
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            terminal.err().println("souk: " + e.getMessage());
            if (e instanceof ApiException refusal) {
                refusal.violations().forEach(v -> terminal.err().println("  " + v));
                return refusal.status() == 401 ? NOT_SIGNED_IN : REFUSED;
            }
            if (e instanceof NotSignedIn) {
                return NOT_SIGNED_IN;
            }
            if (e instanceof TokenTooNarrow) {
                return TOKEN_TOO_NARROW;
            }
            if (!(e instanceof SoukClient.Unreachable || e instanceof Documents.FileProblem
                    || e instanceof IllegalStateException || e instanceof java.io.IOException)) {
                e.printStackTrace(terminal.err()); // a fault of the tool itself: the trace for its bug report
            }
            return REFUSED;
        });
        try {
            return line.execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** No address or token: neither in the environment nor saved by `souk login`. */
    static final class NotSignedIn extends RuntimeException {
        NotSignedIn(String message) {
            super(message);
        }
    }

    /** The token's scope does not allow what the command does (see {@link TokenNeed}). */
    static final class TokenTooNarrow extends RuntimeException {
        TokenTooNarrow(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "souk " + VERSION };
        }
    }

    /** Gives each command that wants it the terminal it runs in. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withTerminal = type.getDeclaredConstructor(Terminal.class);
                withTerminal.setAccessible(true);
                return withTerminal.newInstance(terminal);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
