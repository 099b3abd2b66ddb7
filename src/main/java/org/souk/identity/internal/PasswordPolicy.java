package org.souk.identity.internal;

import java.util.List;

import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/** What a password must be: 10 to 128 characters, and not the e-mail address itself. */
@Component
public class PasswordPolicy {

    public static final int MIN = 10;
    public static final int MAX = 128;

    private final Messages messages;

    PasswordPolicy(Messages messages) {
        this.messages = messages;
    }

    public List<Violation> check(String field, String password, String email) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return List.of(messages.violation(field, null, "error.password.length", MIN, MAX));
        }
        if (password.isBlank() || email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return List.of(messages.violation(field, null, "error.password.weak"));
        }
        return List.of();
    }
}
