package org.souk.checks.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.NetworkCheck;
import org.souk.outbound.HttpAnswer;
import org.springframework.stereotype.Component;

/**
 * C-27: the images ({@code <img src>}) and videos ({@code <iframe src>}, {@code <video src>},
 * {@code <source src>}) of the full descriptions answer a HEAD request with 200, 301 or 302, and are not
 * on a private or local address (customers could not see them; the guarded client refuses to ask).
 */
@Component
class DescriptionMediaCheck extends NetworkCheck {

    private static final Pattern MEDIA = Pattern.compile(
            "(?i)<(img|iframe|video|source)\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private final NetworkProbes probes;

    DescriptionMediaCheck(NetworkProbes probes) {
        super("C-27", Severity.BLOCKER);
        this.probes = probes;
    }

    /** An image or video of a full description: the field it is in and its address. */
    record Media(String field, String url) {
    }

    /** Every image and video of the card's full descriptions, in the order they appear. */
    static List<Media> media(CheckContext context) {
        List<Media> media = new ArrayList<>();
        context.card().texts().forEach((language, text) -> {
            if (Texts.blank(text.fullDescription())) {
                return;
            }
            Matcher tag = MEDIA.matcher(text.fullDescription());
            while (tag.find()) {
                String src = tag.group(2) != null ? tag.group(2) : tag.group(3) != null ? tag.group(3) : tag.group(4);
                src = src.trim().replace("&amp;", "&");
                if (src.startsWith("//")) {
                    src = "https:" + src;
                }
                if (!src.isEmpty()) {
                    media.add(new Media("card.texts." + language + ".fullDescription", src));
                }
            }
        });
        return media;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        List<Media> media = media(context);
        if (media.isEmpty()) {
            return;
        }
        NetworkProbes.Run run = probes.of(context);
        for (Media item : media) {
            Optional<HttpAnswer> answer = run.head(item.url());
            if (answer.isEmpty()) {
                findings.add(Severity.INFO, item.field(), "notChecked", item.url());
            } else if (answer.get().failure() == HttpAnswer.Failure.REFUSED_ADDRESS) {
                findings.add(item.field(), "private", UrlAccessCheck.evidence(item.url(), answer.get()));
            } else if (!UrlAccessCheck.accepted(answer.get())) {
                findings.add(item.field(), "unreachable", UrlAccessCheck.evidence(item.url(), answer.get()));
            }
        }
    }
}
