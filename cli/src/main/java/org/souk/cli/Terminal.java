package org.souk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads and writes besides the API: the input, the output, the errors, the environment and the
 * working folder. {@link #system()} is the real one; tests pass their own, so that the commands run in-process.
 */
public record Terminal(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
        boolean interactive) {

    public static Terminal system() {
        return new Terminal(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null);
    }

    public String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A secret: typed without echo on a console (after the prompt, on the error stream so that the output stays
     * clean), or the first line of the standard input when it is piped, as in CI.
     */
    public String secret(String prompt) throws IOException {
        if (interactive && System.console() != null && in == System.in) {
            char[] typed = System.console().readPassword("%s", prompt);
            return typed == null ? null : new String(typed).trim();
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? null : line.trim();
    }

    /**
     * The user's language from the locale variables (LC_ALL, LC_MESSAGES, LANG: "ru_RU.UTF-8" is "ru"), for the
     * market's messages and findings; null for none or the C locale.
     */
    public String language() {
        for (String name : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
            String value = env(name);
            if (value != null) {
                String language = value.split("[_.@]", 2)[0].toLowerCase(java.util.Locale.ROOT);
                return language.matches("[a-z]{2,3}") ? language : null;
            }
        }
        return null;
    }

    /** What the tool says, in the user's language. */
    public Texts texts() {
        return new Texts(language());
    }

    /** A path as the user typed it, relative to the working folder. */
    public Path path(String typed) {
        return workingDir.resolve(typed).normalize();
    }
}
