package org.souk;

import org.souk.install.TokenNode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SoukApplication {

    /** A full node, or a token node when {@code SOUK_NODE=tokens} (docs/deploy.md: the kinds of node). */
    public static void main(String[] args) {
        if (TokenNode.asked(args)) {
            TokenNode.run(args);
        } else {
            SpringApplication.run(SoukApplication.class, args);
        }
    }
}
