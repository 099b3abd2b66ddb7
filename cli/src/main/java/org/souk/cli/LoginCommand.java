package org.souk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

@Command(name = "login", mixinStandardHelpOptions = true,
        description = { "Save the market's address and a personal access token for the next commands.",
                "The token is read from the standard input (echo \"$TOKEN\" | souk login --url …) or asked for. "
                        + "With --email, the password is read the same way and a new token is created: the narrowest "
                        + "that serves, read only unless you name the solution you publish (--solution: a token that "
                        + "may change that solution only).",
                "Reading (solutions list, status, card pull, version pull, deliveries) needs a read-only token; "
                        + "card push, version push, check and submit one that may write to the solution; "
                        + "deliveries --redeliver one that may write beyond a solution (--access write).",
                "It is saved in $XDG_CONFIG_HOME/souk/config (~/.config/souk/config), readable by you only, never "
                        + "in the project folder. In CI, set SOUK_URL and SOUK_TOKEN instead." })
final class LoginCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Option(names = "--url", required = true, description = "The market, e.g. https://souk.example.com")
    String url;

    @Option(names = "--email", description = "Create a new token by signing in with this e-mail and the password.")
    String email;

    @Option(names = "--solution", paramLabel = "SOLUTION", descriptionKey = "loginSolution",
            description = "With --email: a token limited to this solution (partnercode.appcode), that may change it: "
                    + "what card push, version push, check and submit need.")
    String solution;

    @Option(names = "--access", paramLabel = "read|write",
            description = "With --email: what the new token may do. Default: write with --solution, else read.")
    Access access;

    @Option(names = "--token-name", defaultValue = "souk command-line tool",
            description = "The new token's name in your list of tokens (with --email). Default: ${DEFAULT-VALUE}")
    String tokenName;

    @Option(names = "--days", defaultValue = "90",
            description = "How long the new token lasts, 1-3650 days (with --email). Default: ${DEFAULT-VALUE}")
    int days;

    LoginCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        Texts texts = terminal.texts();
        String market = url.replaceAll("/+$", "");
        String token;
        if (email == null && (solution != null || access != null)) {
            terminal.err().println("souk: " + texts.get("login.scopeWithoutEmail"));
            return Souk.USAGE;
        }
        if (email != null) {
            String password = terminal.secret(texts.get("login.password", email));
            if (password == null || password.isEmpty()) {
                terminal.err().println("souk: " + texts.get("login.noPassword"));
                return Souk.USAGE;
            }
            // the token API is public: the password is sent once, over the market's TLS, and never saved
            Map<String, Object> request = new LinkedHashMap<>(Map.of("email", email, "password", password,
                    "name", tokenName, "expiresInDays", days));
            request.put("access", (access != null ? access : solution != null ? Access.write : Access.read).name());
            if (solution != null) {
                request.put("solution", solution);
            }
            JsonNode issued = new SoukClient(market, null, terminal.language()).post("/api/v1/tokens", request);
            token = Output.text(issued, "token");
            terminal.out().println(texts.get("login.created", tokenName,
                    Output.time(Output.or(Output.text(issued, "expiresAt"), "?"))));
        } else {
            token = terminal.secret(texts.get("login.token"));
            if (token == null || token.isEmpty()) {
                terminal.err().println("souk: " + texts.get("login.noToken"));
                return Souk.USAGE;
            }
        }
        JsonNode me = new SoukClient(market, token, terminal.language()).get("/api/v1/me");
        if (Output.text(me, "email") == null) {
            throw new IllegalStateException(texts.get("login.notSouk", market));
        }
        Path saved = new Config(terminal).save(new Config.Login(market, token));
        String partner = Output.text(me.path("partner"), "code");
        terminal.out().println(partner == null ? texts.get("login.signedIn", market, Output.text(me, "email"))
                : texts.get("login.signedInPartner", market, Output.text(me, "email"), partner));
        terminal.out().println(texts.get("login.saved", saved));
        JsonNode scope = me.path("token");
        if (scope.isObject()) {
            String limitedTo = Output.text(scope, "solution");
            terminal.out().println(texts.get("read".equalsIgnoreCase(Output.text(scope, "access")) ? "login.mayRead"
                    : "login.mayWrite", limitedTo != null ? limitedTo : texts.get("scope.partner"),
                    Output.time(Output.or(Output.text(scope, "expiresAt"), "?"))));
            terminal.out().println(texts.get(limitedTo != null ? "login.forSolution"
                    : "read".equalsIgnoreCase(Output.text(scope, "access")) ? "login.forReading" : "login.forAll"));
        }
        return Souk.OK;
    }

    /** What a new token may do (the API's {@code access}). */
    enum Access {
        read, write
    }
}
