package org.souk.solution;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.market.Taxonomy;
import org.souk.solution.internal.CardRepository;
import org.souk.solution.internal.Drafts;
import org.souk.solution.internal.Image;
import org.souk.solution.internal.ImageChecks;
import org.souk.solution.internal.ScreenshotEntity;
import org.souk.solution.internal.ScreenshotRepository;
import org.souk.solution.internal.SolutionAccess;
import org.souk.solution.internal.SolutionEntity;
import org.souk.solution.internal.Urls;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.RichText;
import org.souk.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the draft card. Saving a half-filled card always works: completeness is the checks'
 * business. What is refused at once are the hard limits (C-02, C-10, C-16), unknown categories, tags
 * and languages, malformed URLs and unusable media, each with its rule id.
 */
@Service
public class SolutionCards {

    public static final int MAX_SCREENSHOTS = 20;

    private final CardRepository cards;
    private final ScreenshotRepository screenshots;
    private final SolutionAccess access;
    private final Drafts drafts;
    private final ImageChecks images;
    private final RichText richText;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final AuditLog audit;
    private final Messages messages;

    SolutionCards(CardRepository cards, ScreenshotRepository screenshots, SolutionAccess access, Drafts drafts,
            ImageChecks images, RichText richText, Taxonomy taxonomy, Regions regions, AuditLog audit,
            Messages messages) {
        this.cards = cards;
        this.screenshots = screenshots;
        this.access = access;
        this.drafts = drafts;
        this.images = images;
        this.richText = richText;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Card card(SoukUser user, String code) {
        return drafts.card(access.owned(user, code));
    }

    @Transactional
    public Draft update(SoukUser user, String code, CardPatch patch) {
        SolutionEntity solution = access.editable(user, code);
        Card current = drafts.card(solution);
        Card merged = merge(current, patch);
        List<Violation> violations = check(merged);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        cards.findById(solution.getId()).orElseThrow().apply(merged);
        audit.record("solution.card-saved", "solution", solution.getCode(), null);
        return drafts.changed(solution, user, "card");
    }

    @Transactional
    public Draft setIcon(SoukUser user, String code, InputStream content) {
        SolutionEntity solution = access.editable(user, code);
        Image icon = images.icon(content);
        cards.findById(solution.getId()).orElseThrow().setIcon(icon.key(), icon.thumbKey());
        audit.record("solution.icon-set", "solution", solution.getCode(), icon.key());
        return drafts.changed(solution, user, "icon");
    }

    @Transactional
    public Draft addScreenshot(SoukUser user, String code, InputStream content, String caption) {
        SolutionEntity solution = access.editable(user, code);
        List<ScreenshotEntity> existing = screenshots.findBySolutionIdOrderByPositionAscIdAsc(solution.getId());
        if (existing.size() >= MAX_SCREENSHOTS) {
            throw new InvalidInput(messages.violation("screenshot", "C-20", "error.screenshot.tooMany", MAX_SCREENSHOTS));
        }
        Image image = images.screenshot(content);
        screenshots.save(new ScreenshotEntity(solution.getId(), existing.size(), image, caption(caption)));
        audit.record("solution.screenshot-added", "solution", solution.getCode(), image.key());
        return drafts.changed(solution, user, "screenshotAdded");
    }

    @Transactional
    public Draft removeScreenshot(SoukUser user, String code, long id) {
        SolutionEntity solution = access.editable(user, code);
        ScreenshotEntity screenshot = screenshot(solution, id);
        screenshots.delete(screenshot);
        screenshots.flush();
        renumber(screenshots.findBySolutionIdOrderByPositionAscIdAsc(solution.getId()));
        audit.record("solution.screenshot-removed", "solution", solution.getCode(), String.valueOf(id));
        return drafts.changed(solution, user, "screenshotRemoved");
    }

    /** The slider order: the given ids first, in that order; every screenshot must be named once. */
    @Transactional
    public Draft reorderScreenshots(SoukUser user, String code, List<Long> order) {
        SolutionEntity solution = access.editable(user, code);
        List<ScreenshotEntity> existing = screenshots.findBySolutionIdOrderByPositionAscIdAsc(solution.getId());
        Set<Long> ids = existing.stream().map(ScreenshotEntity::getId).collect(Collectors.toSet());
        if (order == null || order.size() != ids.size() || !ids.equals(new LinkedHashSet<>(order))) {
            throw new InvalidInput(messages.violation("order", "C-20", "error.screenshot.order"));
        }
        Map<Long, ScreenshotEntity> byId = existing.stream()
                .collect(Collectors.toMap(ScreenshotEntity::getId, s -> s));
        renumber(order.stream().map(byId::get).toList());
        return drafts.changed(solution, user, "screenshotsReordered");
    }

    @Transactional
    public Draft captionScreenshot(SoukUser user, String code, long id, String caption) {
        SolutionEntity solution = access.editable(user, code);
        screenshot(solution, id).setCaption(caption(caption));
        return drafts.changed(solution, user, "caption");
    }

    private ScreenshotEntity screenshot(SolutionEntity solution, long id) {
        return screenshots.findByIdAndSolutionId(id, solution.getId())
                .orElseThrow(() -> new NotFound(messages.get("error.screenshot.unknown", id)));
    }

    private static void renumber(List<ScreenshotEntity> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
    }

    private String caption(String caption) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        if (caption.length() > 500) {
            throw new InvalidInput(messages.violation("caption", "C-20", "error.length.max", 500));
        }
        return caption.trim();
    }

    private Card merge(Card current, CardPatch patch) {
        Map<String, CardText> texts = new LinkedHashMap<>(current.texts());
        if (patch.texts() != null) {
            patch.texts().forEach((language, text) -> {
                if (text == null) {
                    texts.remove(language);
                } else {
                    CardText merged = merge(texts.get(language), text);
                    // a language without any text is no language of the card (and no empty row)
                    if (empty(merged)) {
                        texts.remove(language);
                    } else {
                        texts.put(language, merged);
                    }
                }
            });
        }
        return new Card(patch.categories() != null ? cleaned(patch.categories()) : current.categories(),
                patch.tags() != null ? cleaned(patch.tags()) : current.tags(), texts, current.iconKey(),
                current.iconThumbKey(), current.screenshots(), Urls.merge(current.licenseUrl(), patch.licenseUrl()),
                Urls.merge(current.privacyUrl(), patch.privacyUrl()), Urls.merge(current.contactUrl(), patch.contactUrl()),
                Urls.merge(current.demoUrl(), patch.demoUrl()),
                patch.pricingPolicy() != null ? patch.pricingPolicy() : current.pricingPolicy(),
                patch.testData() == null ? current.testData() : patch.testData().isBlank() ? null : patch.testData());
    }

    private CardText merge(CardText current, CardText patch) {
        CardText base = current == null ? new CardText(null, null, null, null, null, null) : current;
        return new CardText(text(base.title(), patch.title()), text(base.shortDescription(), patch.shortDescription()),
                patch.fullDescription() == null ? base.fullDescription()
                        : blankToNull(richText.sanitize(patch.fullDescription())),
                text(base.keywords(), patch.keywords()), text(base.installation(), patch.installation()),
                text(base.support(), patch.support()));
    }

    private static boolean empty(CardText text) {
        return text.title() == null && text.shortDescription() == null && text.fullDescription() == null
                && text.keywords() == null && text.installation() == null && text.support() == null;
    }

    private static String text(String current, String patch) {
        return patch == null ? current : blankToNull(patch.trim());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<String> cleaned(List<String> codes) {
        return codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
    }

    private List<Violation> check(Card card) {
        List<Violation> violations = new ArrayList<>();
        if (card.categories().size() > 5) {
            violations.add(messages.violation("categories", "C-02", "error.card.categories", card.categories().size()));
        }
        taxonomy.unknownCategories(card.categories()).forEach(c ->
                violations.add(messages.violation("categories", "C-02", "error.card.category", c)));
        if (card.tags().size() > 5) {
            violations.add(messages.violation("tags", "C-10", "error.card.tags", card.tags().size()));
        }
        taxonomy.unknownTags(card.tags()).forEach(t ->
                violations.add(messages.violation("tags", "C-10", "error.card.tag", t)));
        Set<String> languages = regions.languages().stream().map(l -> l.code()).collect(Collectors.toSet());
        card.texts().forEach((language, text) -> {
            String prefix = "texts." + language + ".";
            if (!languages.contains(language)) {
                violations.add(messages.violation("texts." + language, "C-11", "error.card.language", language));
                return;
            }
            max(violations, prefix + "title", "C-01", text.title(), 255);
            max(violations, prefix + "shortDescription", "C-12", text.shortDescription(), 1000);
            max(violations, prefix + "fullDescription", "C-13", text.fullDescription(), 100_000);
            max(violations, prefix + "keywords", "C-16", text.keywords(), 2000);
            max(violations, prefix + "installation", "C-17", text.installation(), 20_000);
            max(violations, prefix + "support", "C-18", text.support(), 20_000);
        });
        Urls.check(violations, messages, "licenseUrl", "C-21", card.licenseUrl());
        Urls.check(violations, messages, "privacyUrl", "C-21", card.privacyUrl());
        Urls.check(violations, messages, "contactUrl", "C-22", card.contactUrl());
        Urls.check(violations, messages, "demoUrl", "C-22", card.demoUrl());
        max(violations, "testData", "C-24", card.testData(), 10_000);
        return violations;
    }

    private void max(List<Violation> violations, String field, String rule, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(messages.violation(field, rule, "error.length.max", max));
        }
    }
}
