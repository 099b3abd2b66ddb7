package org.souk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * A command that talks to the market with the saved or the environment's login. Before its first call it says what
 * it needs of the token ({@link #reading}, {@link #writing}): a token whose scope falls short (read only, or another
 * solution) stops it there, with the login that gives a fitting one, rather than with a refusal halfway through.
 */
abstract class ApiCommand implements Callable<Integer> {

    protected final Terminal terminal;
    private SoukClient client;
    private Texts texts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ApiCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    protected PrintWriter out() {
        return terminal.out();
    }

    protected Texts texts() {
        if (texts == null) {
            texts = terminal.texts();
        }
        return texts;
    }

    /** The client for a command that only reads {@code solution} (null: the partner's lists, beyond one solution). */
    protected SoukClient reading(String solution) throws IOException {
        return client(new TokenNeed(false, solution));
    }

    /** The client for a command that changes {@code solution} (null: something of the partner's, beyond one). */
    protected SoukClient writing(String solution) throws IOException {
        return client(new TokenNeed(true, solution));
    }

    private SoukClient client(TokenNeed need) throws IOException {
        if (client == null) {
            Config.Login login = new Config(terminal).login();
            if (login == null) {
                throw new Souk.NotSignedIn(texts().get("login.missing"));
            }
            String command = spec == null ? "souk" : spec.qualifiedName();
            SoukClient signedIn = new SoukClient(login.url(), login.token(), terminal.language()).command(command);
            JsonNode me = signedIn.get("/api/v1/me");
            String refusal = need.refusal(command, me, signedIn.base(), texts());
            if (refusal != null) {
                throw new Souk.TokenTooNarrow(refusal);
            }
            client = signedIn;
        }
        return client;
    }

    protected static String solutionPath(String code) {
        return "/api/v1/solutions/" + SoukClient.encode(code);
    }
}
