package org.souk.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is known but may not do this now (for instance a partner whose status is still pending). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowed extends RuntimeException {

    private final String rule;

    public NotAllowed(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
