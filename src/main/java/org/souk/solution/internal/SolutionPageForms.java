package org.souk.solution.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.solution.Card;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.NewSolution;
import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.solution.VersionPatch;

/**
 * The forms of the developer's area pages; bound by field (see SolutionFormBinding), so
 * that the per-language texts bind as {@code texts[en].title} and {@code whatsNew[en]}.
 */
final class SolutionPageForms {

    private SolutionPageForms() {
    }

    /** "Add solution" (S-01). */
    static class Add {
        String appCode;
        String region;
        TechnologyType type;

        NewSolution toNewSolution() {
            return new NewSolution(appCode, region, type);
        }
    }

    /** The texts of one language; every field is sent, so an emptied field is cleared. */
    static class Texts {
        String title;
        String shortDescription;
        String fullDescription;
        String keywords;
        String installation;
        String support;

        static Texts of(CardText text) {
            Texts form = new Texts();
            if (text != null) {
                form.title = text.title();
                form.shortDescription = text.shortDescription();
                form.fullDescription = text.fullDescription();
                form.keywords = text.keywords();
                form.installation = text.installation();
                form.support = text.support();
            }
            return form;
        }

        boolean empty() {
            return blank(title).isBlank() && blank(shortDescription).isBlank() && blank(fullDescription).isBlank()
                    && blank(keywords).isBlank() && blank(installation).isBlank() && blank(support).isBlank();
        }

        CardText toCardText() {
            return new CardText(blank(title), blank(shortDescription), blank(fullDescription), blank(keywords),
                    blank(installation), blank(support));
        }

        private static String blank(String value) {
            return value == null ? "" : value;
        }
    }

    /** The card editor: the whole card is sent on each save (only the languages shown on the page). */
    static class CardForm {
        Map<String, Texts> texts = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String licenseUrl;
        String privacyUrl;
        String contactUrl;
        String demoUrl;
        PricingPolicy pricingPolicy;
        String testData;

        static CardForm of(Card card) {
            CardForm form = new CardForm();
            card.texts().forEach((language, text) -> form.texts.put(language, Texts.of(text)));
            form.categories = new ArrayList<>(card.categories());
            form.tags = new ArrayList<>(card.tags());
            form.licenseUrl = card.licenseUrl();
            form.privacyUrl = card.privacyUrl();
            form.contactUrl = card.contactUrl();
            form.demoUrl = card.demoUrl();
            form.pricingPolicy = card.pricingPolicy();
            form.testData = card.testData();
            return form;
        }

        /**
         * The change: the languages on the page, one less if asked. A language whose fields are all empty is
         * removed rather than saved empty (the card keeps no language without any text).
         */
        CardPatch toPatch(String removeLanguage) {
            Map<String, CardText> patch = new LinkedHashMap<>();
            texts.forEach((language, text) -> patch.put(language, text == null || text.empty() ? null
                    : text.toCardText()));
            if (removeLanguage != null && !removeLanguage.isBlank()) {
                patch.put(removeLanguage, null);
            }
            return new CardPatch(categories == null ? List.of() : categories, tags == null ? List.of() : tags, patch,
                    nonNull(licenseUrl), nonNull(privacyUrl), nonNull(contactUrl), nonNull(demoUrl), pricingPolicy,
                    nonNull(testData));
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }

    /** The version card editor (V-01 … V-07). */
    static class VersionForm {
        List<String> scopes = new ArrayList<>();
        boolean ownPage;
        boolean leftMenu;
        boolean mobile;
        List<String> placements = new ArrayList<>();
        boolean installableWithoutAdmin;
        String appUrl;
        String installerUrl;
        String handlerUrl;
        Map<String, String> whatsNew = new LinkedHashMap<>();

        static VersionForm of(VersionCard version) {
            VersionForm form = new VersionForm();
            form.scopes = new ArrayList<>(version.scopes());
            form.ownPage = version.ownPage();
            form.leftMenu = version.leftMenu();
            form.mobile = version.mobile();
            form.placements = new ArrayList<>(version.placements());
            form.installableWithoutAdmin = version.installableWithoutAdmin();
            form.appUrl = version.appUrl();
            form.installerUrl = version.installerUrl();
            form.handlerUrl = version.handlerUrl();
            form.whatsNew = new LinkedHashMap<>(version.whatsNew());
            return form;
        }

        VersionPatch toPatch() {
            Map<String, String> news = new LinkedHashMap<>();
            whatsNew.forEach((language, text) -> news.put(language, text == null ? "" : text));
            return new VersionPatch(scopes == null ? List.of() : scopes, ownPage, leftMenu, mobile,
                    placements == null ? List.of() : placements, installableWithoutAdmin,
                    appUrl == null ? "" : appUrl, installerUrl == null ? "" : installerUrl,
                    handlerUrl == null ? "" : handlerUrl, news);
        }
    }
}
