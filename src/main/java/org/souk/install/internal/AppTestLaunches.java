package org.souk.install.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.souk.identity.SoukUser;
import org.springframework.stereotype.Component;

/**
 * The app test's browser signs in nowhere: Souk's page that opens the app in its frame is reached by a ticket, a
 * random secret in its path that stands for the partner's user on the throwaway test account. A ticket lives
 * only in this node's memory, and only while its test runs (the browser talks to this very node).
 */
@Component
public class AppTestLaunches {

    /** What a ticket opens: the installation of {@code code} on the account of {@code domain}, as {@code user}. */
    public record Launch(SoukUser user, String domain, String code, Instant expires) {
    }

    private final Map<String, Launch> open = new ConcurrentHashMap<>();

    String issue(SoukUser user, String domain, String code, Duration lifetime) {
        open.values().removeIf(l -> l.expires().isBefore(Instant.now()));
        String ticket = Tokens.random();
        open.put(ticket, new Launch(user, domain, code, Instant.now().plus(lifetime)));
        return ticket;
    }

    Optional<Launch> find(String ticket) {
        Launch launch = ticket == null ? null : open.get(ticket);
        return launch == null || launch.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(launch);
    }

    void revoke(String ticket) {
        open.remove(ticket);
    }
}
