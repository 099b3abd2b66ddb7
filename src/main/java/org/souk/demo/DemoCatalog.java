package org.souk.demo;

import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.Listing;
import org.souk.solution.NewSolution;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Revision;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionVersions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionPatch;
import org.springframework.stereotype.Component;

/**
 * A catalog that is not empty on the first start: the demo partner's solutions published as a moderator's
 * approval would publish them (freeze, then publish), two of them smaller cards made only for this. All
 * fictional, with example.com addresses.
 */
@Component
class DemoCatalog {

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;
    private final Revisions revisions;

    DemoCatalog(Solutions solutions, SolutionCards cards, SolutionVersions versions, Revisions revisions) {
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.revisions = revisions;
    }

    /** Publishes the given solutions and two more of the same partner; returns every published code. */
    List<String> publish(SoukUser owner, String complete) {
        String calls = add(owner, "call_notes", List.of("integrations.telephony"), List.of("telephony", "crm"),
                new CardText("Call Notes (demo)", "Writes a short note into the deal after every phone call.",
                        "<p>A fictional app of the demo data: after each call it adds a note with the caller, the "
                                + "duration and the outcome to the deal.</p>",
                        "calls, telephony, notes, deals", "Open the app and choose the deal pipeline.",
                        "support@widgets.example.com"),
                new CardText("Заметки о звонках (демо)", "Записывает в сделку короткую заметку после каждого звонка.",
                        "<p>Вымышленное приложение демо-данных: после звонка добавляет в сделку заметку с "
                                + "собеседником, длительностью и итогом.</p>",
                        "звонки, телефония, заметки, сделки", "Откройте приложение и выберите воронку.",
                        "support@widgets.example.com"), List.of("crm", "telephony"));
        String reports = add(owner, "deal_reports", List.of("analytics.bi_reports"), List.of("reports", "sales"),
                new CardText("Deal Reports (demo)", "A weekly report of won and lost deals, by manager.",
                        "<p>A fictional app of the demo data: a report of the week's deals every Monday.</p>",
                        "reports, deals, sales, analytics", "Open the app and pick the managers.",
                        "support@widgets.example.com"),
                new CardText("Отчёты по сделкам (демо)", "Еженедельный отчёт о выигранных и проигранных сделках.",
                        "<p>Вымышленное приложение демо-данных: отчёт о сделках недели каждый понедельник.</p>",
                        "отчёты, сделки, продажи, аналитика", "Откройте приложение и выберите менеджеров.",
                        "support@widgets.example.com"), List.of("crm", "user_brief"));
        publish(complete, List.of());
        // the telephony demo passed every mandatory scenario of the moderators' checklist (U-04)
        publish(calls, List.of(Listing.RECOMMENDED));
        publish(reports, List.of());
        return List.of(complete, calls, reports);
    }

    private void publish(String code, List<String> labels) {
        Revision revision = revisions.freeze(code);
        revisions.publish(revision.id(), labels);
    }

    private String add(SoukUser owner, String appCode, List<String> categories, List<String> tags, CardText english,
            CardText russian, List<String> scopes) {
        String code = solutions.add(owner, new NewSolution(appCode, "global", TechnologyType.REST_API)).solution()
                .code();
        cards.update(owner, code, new CardPatch(categories, tags, Map.of("en", english, "ru", russian),
                "https://widgets.example.com/license", "https://widgets.example.com/privacy",
                "https://widgets.example.com/contact", "https://widgets.example.com/demo", PricingPolicy.FREE,
                "Demo account: demo@widgets.example.com (made up)"));
        versions.update(owner, code, 1, new VersionPatch(scopes, true, false, false, List.of(), false,
                "https://app.widgets.example.com/" + appCode + "/", null,
                "https://app.widgets.example.com/" + appCode + "/install", Map.of("en", "First version.",
                        "ru", "Первая версия.")));
        return code;
    }
}
