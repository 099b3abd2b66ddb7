package org.souk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that talks to the market with the saved or the environment's login. */
abstract class ApiCommand implements Callable<Integer> {

    protected final Terminal terminal;
    private SoukClient client;
    private Texts texts;

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

    protected SoukClient client() throws IOException {
        if (client == null) {
            Config.Login login = new Config(terminal).login();
            if (login == null) {
                throw new Souk.NotSignedIn(texts().get("login.missing"));
            }
            client = new SoukClient(login.url(), login.token(), terminal.language());
        }
        return client;
    }

    protected static String solutionPath(String code) {
        return "/api/v1/solutions/" + SoukClient.encode(code);
    }
}
