package org.souk.checks.internal.rules;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.NetworkCheck;
import org.souk.outbound.HttpAnswer;
import org.springframework.stereotype.Component;

/**
 * C-21: the license and privacy links open in the browser — a GET (redirects followed, the body read up
 * to the guarded client's bound) ends in a 2xx answer of type text/html, application/pdf or text/plain,
 * not sent as an attachment; and the license names the solution by its title in one of the card's
 * languages (the text of the page, of the PDF, or the text file). A license without the title is a
 * warning. A link whose HEAD already fails is V-09's finding and not repeated here.
 */
@Component
class LegalLinksCheck extends NetworkCheck {

    private static final Set<String> READABLE = Set.of("text/html", "application/pdf", "text/plain");

    private final NetworkProbes probes;

    LegalLinksCheck(NetworkProbes probes) {
        super("C-21", Severity.BLOCKER);
        this.probes = probes;
    }

    /** The license and privacy links by their field, those that are filled in. */
    static Map<String, String> urls(CheckContext context) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (!Texts.blank(context.card().licenseUrl())) {
            urls.put("card.licenseUrl", context.card().licenseUrl().trim());
        }
        if (!Texts.blank(context.card().privacyUrl())) {
            urls.put("card.privacyUrl", context.card().privacyUrl().trim());
        }
        return urls;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        Map<String, String> urls = urls(context);
        if (urls.isEmpty()) {
            return;
        }
        NetworkProbes.Run run = probes.of(context);
        urls.forEach((field, url) -> {
            Optional<HttpAnswer> head = run.head(url);
            if (head.isPresent() && !UrlAccessCheck.accepted(head.get())) {
                return; // V-09 says it is not accessible
            }
            Optional<HttpAnswer> got = run.get(url);
            if (got.isEmpty()) {
                findings.add(Severity.INFO, field, "notChecked", url);
                return;
            }
            HttpAnswer answer = got.get();
            if (!answer.answered() || answer.status() / 100 != 2) {
                findings.add(field, "notOpening", UrlAccessCheck.evidence(url, answer));
                return;
            }
            String type = answer.mediaType();
            if (!READABLE.contains(type)) {
                findings.add(field, "contentType", url, type.isEmpty() ? "?" : type);
            }
            String disposition = answer.header("Content-Disposition").orElse("").trim().toLowerCase(Locale.ROOT);
            if (disposition.startsWith("attachment")) {
                findings.add(field, "attachment", url + " — Content-Disposition: " + disposition);
            }
            if (field.equals("card.licenseUrl") && READABLE.contains(type)) {
                namesTheSolution(context, findings, field, url, answer);
            }
        });
    }

    private static void namesTheSolution(CheckContext context, Findings findings, String field, String url,
            HttpAnswer answer) {
        Set<String> titles = new LinkedHashSet<>();
        new TreeMap<>(context.card().texts()).values().forEach(text -> {
            if (!Texts.blank(text.title())) {
                titles.add(text.title().trim());
            }
        });
        if (titles.isEmpty()) {
            return; // C-25 reports the missing title
        }
        String text;
        try {
            text = " " + Texts.normalized(DocumentText.of(answer)) + " ";
        } catch (IOException | RuntimeException e) {
            findings.add(Severity.WARNING, field, "unreadable", url + " — " + e.getMessage());
            return;
        }
        for (String title : titles) {
            String needle = Texts.normalized(title);
            if (!needle.isEmpty() && text.contains(" " + needle + " ")) {
                return;
            }
        }
        String names = String.join(" / ", titles);
        findings.add(Severity.WARNING, field, "noTitle", answer.truncated() ? url + " (read in part)" : url, names);
    }
}
