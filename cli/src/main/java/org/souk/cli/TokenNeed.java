package org.souk.cli;

import tools.jackson.databind.JsonNode;

/**
 * What a command needs of the personal access token: to write or only to read, and one solution ({@code solution})
 * or the partner's things beyond one solution (null: the list of solutions, the webhooks). The narrowest token that
 * serves it is what {@link #login} suggests: read only unless it writes, limited to the solution when there is one.
 */
record TokenNeed(boolean write, String solution) {

    private static final String SOLUTIONS = "/api/v1/solutions/";

    /** What a request needs: to write unless it only reads; the solution its path is under, if any. */
    static TokenNeed of(String method, String path) {
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (!path.startsWith(SOLUTIONS) || path.length() == SOLUTIONS.length()) {
            return new TokenNeed(write, null);
        }
        String rest = path.substring(SOLUTIONS.length());
        int slash = rest.indexOf('/');
        return new TokenNeed(write, java.net.URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Why the token that {@code GET /api/v1/me} describes ({@code me.token}: access, solution, name) falls short,
     * with the login that gives one that serves; null when it serves, or when the market does not say its scope
     * (then the market itself refuses what the token does not allow).
     */
    String refusal(String command, JsonNode me, String market, Texts texts) {
        JsonNode token = me.path("token");
        if (!token.isObject()) {
            return null;
        }
        String name = Output.or(Output.text(token, "name"), "?");
        String limitedTo = Output.text(token, "solution");
        String problem;
        if (write && "read".equalsIgnoreCase(Output.text(token, "access"))) {
            problem = solution != null ? texts.get("scope.readOnly", command, solution, name)
                    : texts.get("scope.readOnlyBeyond", command, name);
        } else if (limitedTo != null && solution == null) {
            problem = texts.get("scope.beyond", command, name, limitedTo);
        } else if (limitedTo != null && !limitedTo.equalsIgnoreCase(solution)) {
            problem = texts.get("scope.otherSolution", command, solution, name, limitedTo);
        } else {
            return null;
        }
        return problem + "\n" + texts.get("scope.login", login(market, Output.text(me, "email")));
    }

    /** The `souk login` that creates the narrowest token this need is met by. */
    String login(String market, String email) {
        StringBuilder line = new StringBuilder("souk login --url ").append(market).append(" --email ")
                .append(email == null ? "<e-mail>" : email);
        if (solution != null) {
            line.append(" --solution ").append(solution).append(write ? "" : " --access read");
        } else if (write) {
            line.append(" --access write");
        }
        return line.toString();
    }
}
