package org.souk.install;

import java.util.Locale;

import org.souk.install.internal.TokenNodeConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a token node: a process that serves only the token endpoint and the apps' {@code /rest/} methods, for a
 * market that routes them to processes of their own (docs/deploy.md, "Kinds of node"). {@code SOUK_NODE=tokens}
 * makes the image's entry point start one instead of a full node.
 */
public final class TokenNode {

    private static final String SETTING = "souk.node";

    private TokenNode() {
    }

    /**
     * Whether this process is to be a token node: {@code --souk.node=} among the arguments, else the system
     * property {@code souk.node}, else {@code SOUK_NODE}; {@code full} when none is set. Any other value stops
     * the start, so that a typo does not quietly make a full node.
     */
    public static boolean asked(String... args) {
        String kind = null;
        for (String arg : args) {
            if (arg.startsWith("--" + SETTING + "=")) {
                kind = arg.substring(SETTING.length() + 3);
            }
        }
        if (kind == null) {
            kind = System.getProperty(SETTING, System.getenv("SOUK_NODE"));
        }
        kind = kind == null || kind.isBlank() ? "full" : kind.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "full" -> false;
            case "tokens" -> true;
            default -> throw new IllegalArgumentException(
                    "SOUK_NODE (souk.node) is \"" + kind + "\": it must be full (the default) or tokens");
        };
    }

    public static ConfigurableApplicationContext run(String... args) {
        SpringApplication node = new SpringApplication(TokenNodeConfiguration.class);
        node.setMainApplicationClass(TokenNode.class);
        return node.run(args);
    }
}
