package org.souk.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is valid but the state of the object does not allow it. */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

    private final String rule;

    public Conflict(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
