package org.souk.checks.internal.rules;

import java.util.Optional;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.NetworkCheck;
import org.souk.outbound.HttpAnswer;
import org.springframework.stereotype.Component;

/**
 * F-07: the server part has a valid TLS certificate. Every https URL of the card and the version (those
 * of V-09, asked once for both rules) must pass the TLS handshake with the JVM's trusted authorities:
 * a self-signed, expired or mismatched certificate, or a missing intermediate, fails it. The URL then is
 * also "not accessible" under V-09; this finding says why.
 */
@Component
class TlsCertificateCheck extends NetworkCheck {

    private final NetworkProbes probes;

    TlsCertificateCheck(NetworkProbes probes) {
        super("F-07", Severity.BLOCKER);
        this.probes = probes;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        var https = UrlAccessCheck.urls(context);
        https.values().removeIf(url -> !url.regionMatches(true, 0, "https://", 0, 8));
        if (https.isEmpty()) {
            return;
        }
        NetworkProbes.Run run = probes.of(context);
        https.forEach((field, url) -> {
            Optional<HttpAnswer> answer = run.head(url);
            if (answer.isEmpty()) {
                findings.add(Severity.INFO, field, "notChecked", url);
            } else if (answer.get().failure() == HttpAnswer.Failure.TLS) {
                findings.add(field, "certificate", url + " — " + answer.get().detail());
            }
        });
    }
}
