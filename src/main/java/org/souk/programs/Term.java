package org.souk.programs;

import java.util.List;

import org.souk.web.Violation;

/**
 * What Souk tells a partner before it asks: the term that would apply, whether it can be extended (renewed),
 * the rule it comes from and why, and what keeps the request from being made ({@code violations}).
 */
public record Term(Purpose purpose, GrantKind kind, int months, boolean extendable, String rule, String explanation,
        List<Violation> violations) {

    public boolean allowed() {
        return violations.isEmpty();
    }
}
