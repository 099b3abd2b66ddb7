package org.souk.checks.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.NetworkCheck;
import org.souk.outbound.HttpAnswer;
import org.springframework.stereotype.Component;

/**
 * V-09: every URL of the card and the version (license, privacy, contact, demo, application, installer,
 * handler) answers a HEAD request with 200, 301 or 302; otherwise "The specified URL is not accessible",
 * with the status or the error as evidence. A URL not answered within the run's time is an info.
 */
@Component
class UrlAccessCheck extends NetworkCheck {

    private static final Set<Integer> ACCEPTED = Set.of(200, 301, 302);

    private final NetworkProbes probes;

    UrlAccessCheck(NetworkProbes probes) {
        super("V-09", Severity.BLOCKER);
        this.probes = probes;
    }

    /** The URLs of the card and the version by their field, those that are filled in. */
    static Map<String, String> urls(CheckContext context) {
        var card = context.card();
        var version = context.version();
        Map<String, String> urls = new LinkedHashMap<>();
        put(urls, "card.licenseUrl", card.licenseUrl());
        put(urls, "card.privacyUrl", card.privacyUrl());
        put(urls, "card.contactUrl", card.contactUrl());
        put(urls, "card.demoUrl", card.demoUrl());
        put(urls, "version.appUrl", version.appUrl());
        put(urls, "version.installerUrl", version.installerUrl());
        put(urls, "version.handlerUrl", version.handlerUrl());
        return urls;
    }

    private static void put(Map<String, String> urls, String field, String url) {
        if (!Texts.blank(url)) {
            urls.put(field, url.trim());
        }
    }

    /** The rule's test: an answer with 200, 301 or 302. */
    static boolean accepted(HttpAnswer answer) {
        return answer.answered() && ACCEPTED.contains(answer.status());
    }

    static String evidence(String url, HttpAnswer answer) {
        return url + " — " + answer.describe();
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        Map<String, String> urls = urls(context);
        if (urls.isEmpty()) {
            return;
        }
        NetworkProbes.Run run = probes.of(context);
        urls.forEach((field, url) -> {
            Optional<HttpAnswer> answer = run.head(url);
            if (answer.isEmpty()) {
                findings.add(Severity.INFO, field, "notChecked", url);
            } else if (!accepted(answer.get())) {
                findings.add(field, "unreachable", evidence(url, answer.get()));
            }
        });
    }
}
