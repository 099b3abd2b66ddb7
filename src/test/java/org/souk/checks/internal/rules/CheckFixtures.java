package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.souk.checks.Finding;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.WordLists;
import org.souk.market.Category;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.web.Messages;
import org.souk.web.TestMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A complete, clean card that passes every check, and ways to spoil one field of it. */
final class CheckFixtures {

    static final Messages MESSAGES = messages();

    static final Map<String, Category> CATEGORIES = Map.of(
            "integrations.telephony", category("integrations.telephony", false, "C-04"),
            "automation.chat_bots", category("automation.chat_bots", false, "C-08"),
            "automation.workflows", category("automation.workflows", false, "C-06"),
            "automation.automation_rules", category("automation.automation_rules", false, "C-07"),
            "vertical_solutions.solution_presets", category("vertical_solutions.solution_presets", false, "C-05"),
            "integrations.sms", category("integrations.sms", false, null),
            "miscellaneous", category("miscellaneous", true, null));

    static final WordLists WORDS = new WordLists(Map.of("*", Set.of("bitrix24", "salesforce")),
            Map.of("en", Set.of("test", "untitled", "my app")), Map.of("en", Set.of("discount", "buy now"),
                    "ru", Set.of("скидка")), Map.of("en", Set.of("idiot")),
            Map.of("bitrix 24", "Bitrix24", "bitrix24 market", "Bitrix24 Market"));

    private CheckFixtures() {
    }

    static CardText english() {
        return new CardText("SMS Reminders", "Sends SMS reminders about deals to your customers.",
                "<p>The app sends SMS reminders about upcoming deals through the SMS gateway you connect.</p>"
                        + "<p>Limits: no more than 1000 messages a day on the free plan of the gateway.</p>"
                        + "<p><a href=\"https://gateway.example.com/\">The SMS gateway</a></p>",
                "sms, reminders, deals, notifications", "Open the app, enter the gateway key, choose the deal stages.",
                "E-mail support@sms-reminders.example.com, Mon-Fri 9:00-18:00 UTC, answers within one business day.");
    }

    static CardText russian() {
        return new CardText("SMS-напоминания", "Отправляет клиентам SMS-напоминания о сделках.",
                "<p>Приложение отправляет SMS-напоминания о сделках через подключённый "
                        + "<a href=\"https://gateway.example.com/\">SMS-шлюз</a>.</p>",
                "sms, напоминания, сделки", "Откройте приложение, введите ключ шлюза, выберите стадии сделок.",
                "Почта support@sms-reminders.example.com, пн-пт 9:00-18:00, ответ в течение рабочего дня.");
    }

    static Draft clean() {
        Card card = new Card(List.of("integrations.sms"), List.of("sms", "crm"), Map.of("en", english(), "ru", russian()),
                "a".repeat(64), "b".repeat(64), List.of(new Screenshot(1, "c".repeat(64), "d".repeat(64), 1280, 720,
                        "Deal list")), "https://sms-reminders.example.com/license",
                "https://sms-reminders.example.com/privacy", null, null, PricingPolicy.FREE, "gateway key: demo");
        VersionCard version = new VersionCard(1, List.of("crm", "messageservice", "user_brief"), true, true, false,
                List.of(), false, "https://app.sms-reminders.example.com/", null, null, null, null,
                "https://app.sms-reminders.example.com/install", Map.of(), false);
        return new Draft("acme.sms", TechnologyType.REST_API, List.of("global", "ru"), card, version);
    }

    static Draft withCard(Draft draft, UnaryOperator<Card> change) {
        return new Draft(draft.code(), draft.technologyType(), draft.regions(), change.apply(draft.card()),
                draft.version());
    }

    static Draft withEnglish(Draft draft, UnaryOperator<CardText> change) {
        return withCard(draft, card -> {
            Map<String, CardText> texts = new java.util.HashMap<>(card.texts());
            texts.put("en", change.apply(texts.get("en")));
            return new Card(card.categories(), card.tags(), texts, card.iconKey(), card.iconThumbKey(),
                    card.screenshots(), card.licenseUrl(), card.privacyUrl(), card.contactUrl(), card.demoUrl(),
                    card.pricingPolicy(), card.testData());
        });
    }

    static Draft withVersion(Draft draft, UnaryOperator<VersionCard> change) {
        return new Draft(draft.code(), draft.technologyType(), draft.regions(), draft.card(),
                change.apply(draft.version()));
    }

    static Draft withCategories(Draft draft, String... categories) {
        return withCard(draft, c -> new Card(List.of(categories), c.tags(), c.texts(), c.iconKey(), c.iconThumbKey(),
                c.screenshots(), c.licenseUrl(), c.privacyUrl(), c.contactUrl(), c.demoUrl(), c.pricingPolicy(),
                c.testData()));
    }

    static VersionCard scopes(VersionCard v, List<String> scopes, List<String> placements) {
        return new VersionCard(v.number(), scopes, v.ownPage(), v.leftMenu(), v.mobile(), placements,
                v.installableWithoutAdmin(), v.appUrl(), v.archiveKey(), v.archiveName(), v.archiveSize(),
                v.installerUrl(), v.handlerUrl(), v.whatsNew(), v.moderated());
    }

    static CardText title(CardText t, String title) {
        return new CardText(title, t.shortDescription(), t.fullDescription(), t.keywords(), t.installation(), t.support());
    }

    static CardText shortDescription(CardText t, String text) {
        return new CardText(t.title(), text, t.fullDescription(), t.keywords(), t.installation(), t.support());
    }

    static CardText fullDescription(CardText t, String text) {
        return new CardText(t.title(), t.shortDescription(), text, t.keywords(), t.installation(), t.support());
    }

    static CardText keywords(CardText t, String text) {
        return new CardText(t.title(), t.shortDescription(), t.fullDescription(), text, t.installation(), t.support());
    }

    static CardText installation(CardText t, String text) {
        return new CardText(t.title(), t.shortDescription(), t.fullDescription(), t.keywords(), text, t.support());
    }

    static CardText support(CardText t, String text) {
        return new CardText(t.title(), t.shortDescription(), t.fullDescription(), t.keywords(), t.installation(), text);
    }

    /** The findings of one check on a draft, for the regions' mandatory languages en and ru. */
    static List<Finding> run(Check check, Draft draft) {
        Findings findings = new Findings(MESSAGES);
        findings.start(check.rule(), check.severity());
        check.run(new CheckContext(draft, Set.of("en", "ru"), CATEGORIES, WORDS, List.of()), findings);
        return findings.all();
    }

    private static Category category(String code, boolean miscellaneous, String gate) {
        return new Category(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code,
                Map.of("en", code), Map.of("en", code), 0, miscellaneous, gate);
    }

    private static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/checks");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return TestMessages.of(source);
    }

    /** The storage module's real folder store in a test's temporary folder, for the checks that read blobs. */
    static org.souk.storage.BlobStore blobStore(java.nio.file.Path folder) {
        try { // LocalBlobStore is package-private in the storage module: reached by reflection
            var constructor = Class.forName("org.souk.storage.internal.LocalBlobStore")
                    .getDeclaredConstructor(java.nio.file.Path.class);
            constructor.setAccessible(true);
            return (org.souk.storage.BlobStore) constructor.newInstance(folder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of one check on a draft among the partner's other drafts (C-09, F-14). */
    static List<Finding> run(Check check, Draft draft, List<Draft> siblings) {
        Findings findings = new Findings(MESSAGES);
        findings.start(check.rule(), check.severity());
        check.run(new CheckContext(draft, Set.of("en", "ru"), CATEGORIES, WORDS, siblings), findings);
        return findings.all();
    }
}
