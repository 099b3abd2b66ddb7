package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;
import static org.souk.checks.internal.rules.MediaChecksTest.icon;
import static org.souk.checks.internal.rules.MediaChecksTest.jpeg;
import static org.souk.checks.internal.rules.MediaChecksTest.png;
import static org.souk.checks.internal.rules.MediaChecksTest.scaled;
import static org.souk.checks.internal.rules.MediaChecksTest.withMedia;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.storage.BlobStore;

/** F-14 (texts and icons) and C-09 (series of small automation solutions) against the partner's other drafts. */
class CloneChecksTest {

    static final String BASE = "<p>SMS Reminders sends text messages about upcoming deals to your customers through "
            + "the SMS gateway you connect. Choose the deal stages that trigger a reminder, write the message template "
            + "with the customer's name, the deal amount and the date, and set how many hours before the deadline it "
            + "goes out.</p><p>Every message is logged in the deal's timeline, so managers see what the customer "
            + "received. Delivery reports come back from the gateway and mark the numbers that failed.</p>"
            + "<p>Limits: no more than 1000 messages a day on the free plan of the gateway. Support answers on "
            + "weekdays from 9 to 18 UTC.</p>";
    /** The same text with the product, the channel and the entity swapped throughout: ten words in a hundred. */
    static final String SWAPPED = BASE.replace("SMS Reminders", "WhatsApp Reminders")
            .replace("text messages", "WhatsApp messages").replace("SMS gateway", "WhatsApp account")
            .replace("the gateway", "WhatsApp").replace("deals", "leads").replace("deal", "lead");
    static final String RENAMED = BASE.replace("SMS Reminders", "Viber Reminders");
    /** Another solution of the partner that shares the closing paragraph of boilerplate. */
    static final String BOILERPLATE = "<p>Invoice Chaser creates invoices from won deals and sends them to your "
            + "customers by e-mail, with a payment link of the payment system you connect. Overdue invoices get a "
            + "polite reminder after the number of days you choose, and paid ones close the deal's task "
            + "automatically.</p><p>Every invoice is kept in the deal's documents, so accountants find it in one "
            + "place.</p><p>Limits: no more than 1000 messages a day on the free plan of the gateway. Support "
            + "answers on weekdays from 9 to 18 UTC.</p>";
    static final String UNRELATED = "<p>Warehouse Sync keeps the stock of your products in the catalog equal to your "
            + "warehouse software. It reads quantities every fifteen minutes and reserves goods when an order is "
            + "paid.</p>";

    @TempDir
    Path folder;

    BlobStore store;
    ImageAnalyzer images;

    @BeforeEach
    void store() {
        store = CheckFixtures.blobStore(folder);
        images = new ImageAnalyzer(store);
    }

    @Test
    void theThresholdSeparatesClonesFromSharedBoilerplate() {
        var base = Shingles.of(BASE);
        double renamed = Shingles.jaccard(base, Shingles.of(RENAMED));
        double swapped = Shingles.jaccard(base, Shingles.of(SWAPPED));
        double boilerplate = Shingles.jaccard(base, Shingles.of(BOILERPLATE));
        double unrelated = Shingles.jaccard(base, Shingles.of(UNRELATED));
        System.out.printf("F-14 Jaccard of 3-word shingles: renamed %.2f, swapped %.2f, boilerplate %.2f, "
                + "unrelated %.2f%n", renamed, swapped, boilerplate, unrelated);
        assertThat(renamed).isGreaterThan(0.8);
        assertThat(swapped).isBetween(TextCloneCheck.THRESHOLD, 0.7);
        assertThat(boilerplate).isBetween(0.05, 0.3);
        assertThat(unrelated).isZero();
    }

    @Test
    void f14DescriptionsCopiedFromAnotherSolution() {
        Draft draft = described(clean(), "en", BASE);
        List<Finding> findings = run(new TextCloneCheck(), draft, List.of(
                described(sibling("acme.whatsapp", "WhatsApp Reminders"), "en", SWAPPED),
                described(sibling("acme.invoices", "Invoice Chaser"), "en", BOILERPLATE),
                described(sibling("acme.stock", "Warehouse Sync"), "en", UNRELATED),
                described(sibling("acme.viber", "Viber Reminders"), "ru", RENAMED)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("F-14");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("card.texts.en.fullDescription");
            assertThat(f.message()).matches("F-14: The full description is 5\\d % the same as that of "
                    + "“WhatsApp Reminders \\(acme.whatsapp\\)”.");
            assertThat(f.evidence()).startsWith("acme.whatsapp: 5");
        });
        // the other language of the same sibling is compared with the same language only
        assertThat(run(new TextCloneCheck(), described(draft, "ru", BASE), List.of(
                described(sibling("acme.viber", "Viber Reminders"), "ru", RENAMED))))
                .extracting(Finding::field).containsExactly("card.texts.ru.fullDescription");
        // short texts are not judged, and a partner's only solution has nothing to compare with
        assertThat(run(new TextCloneCheck(), described(draft, "en", "<p>Sends SMS reminders.</p>"),
                List.of(described(sibling("acme.short", "Short"), "en", "<p>Sends SMS reminders.</p>")))).isEmpty();
        assertThat(run(new TextCloneCheck(), draft)).isEmpty();
    }

    @Test
    void f14IconsCopiedFromAnotherSolution() {
        byte[] original = png(icon(512, 0));
        String icon = put(original);
        Draft draft = withMedia(clean(), icon, put(png(scaled(icon(512, 0), 128, 128, MediaChecksTest.SMOOTH))));
        Draft sameFile = withMedia(sibling("acme.same", "Same Icon"), icon, null);
        Draft resaved = withMedia(sibling("acme.resaved", "Resaved Icon"), put(jpeg(scaled(icon(600, 0), 600, 600,
                MediaChecksTest.SMOOTH))), null);
        Draft other = withMedia(sibling("acme.other", "Other Icon"), put(png(icon(512, 1))), null);
        List<Finding> findings = run(new IconCloneCheck(images), draft, List.of(sameFile, resaved, other));
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).isEqualTo(
                "F-14: The icon is the same picture as that of “Same Icon (acme.same)” (0 of 64 bits differ).");
        assertThat(findings.get(1).message()).startsWith("F-14: The icon is the same picture as that of "
                + "“Resaved Icon (acme.resaved)”");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING && f.field().equals("card.icon"));
        assertThat(run(new IconCloneCheck(images), draft, List.of(other))).isEmpty();
    }

    @Test
    void c09SmallAutomationSolutionsWithNearlyTheSameScopes() {
        Draft draft = automation(clean(), "automation.workflows", "bizproc", "crm");
        List<Finding> findings = run(new CollectionCheck(), draft, List.of(
                automation(sibling("acme.tasks", "Task Activities"), "automation.workflows", "bizproc", "tasks"),
                automation(sibling("acme.crm", "CRM Activities"), "automation.workflows", "bizproc"),
                automation(sibling("acme.suite", "Suite"), "automation.workflows", "bizproc", "crm", "tasks", "im"),
                automation(sibling("acme.triggers", "Triggers"), "automation.triggers", "bizproc", "crm"),
                automation(sibling("acme.far", "Far"), "automation.workflows", "bizproc", "disk", "im")));
        assertThat(findings).extracting(Finding::message).containsExactly(
                "C-09: “Task Activities (acme.tasks)” is another small solution of yours in “automation.workflows” "
                        + "with nearly the same scopes: they belong in one collection.",
                "C-09: “CRM Activities (acme.crm)” is another small solution of yours in “automation.workflows” "
                        + "with nearly the same scopes: they belong in one collection.");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING && f.field().equals("card.categories"));
        assertThat(findings.get(0).evidence()).isEqualTo("acme.tasks: bizproc, tasks");
        // outside the automation categories, or with a larger scope, the series rule does not apply
        assertThat(run(new CollectionCheck(), clean(), List.of(automation(sibling("acme.x", "X"), "integrations.sms",
                "crm", "messageservice", "user_brief")))).isEmpty();
        assertThat(run(new CollectionCheck(), automation(clean(), "automation.workflows", "bizproc", "crm", "tasks",
                "im"), List.of(automation(sibling("acme.y", "Y"), "automation.workflows", "bizproc", "crm", "tasks",
                        "im")))).isEmpty();
    }

    /** Another solution of the partner: the clean card under another code and title. */
    static Draft sibling(String code, String title) {
        Draft draft = described(clean(), "en", UNRELATED.replace("Warehouse Sync", title));
        draft = CheckFixtures.withEnglish(draft, t -> CheckFixtures.title(t, title));
        return new Draft(code, draft.technologyType(), draft.regions(), draft.card(), draft.version());
    }

    static Draft described(Draft draft, String language, String description) {
        return CheckFixtures.withCard(draft, c -> {
            Map<String, CardText> texts = new java.util.HashMap<>(c.texts());
            CardText t = texts.getOrDefault(language, CheckFixtures.english());
            texts.put(language, CheckFixtures.fullDescription(t, description));
            return new Card(c.categories(), c.tags(), texts, c.iconKey(), c.iconThumbKey(), c.screenshots(),
                    c.licenseUrl(), c.privacyUrl(), c.contactUrl(), c.demoUrl(), c.pricingPolicy(), c.testData());
        });
    }

    static Draft automation(Draft draft, String category, String... scopes) {
        Draft categorized = CheckFixtures.withCategories(draft, category);
        return CheckFixtures.withVersion(categorized, v -> CheckFixtures.scopes(v, List.of(scopes), List.of()));
    }

    private String put(byte[] bytes) {
        return store.put(new ByteArrayInputStream(bytes), 16L << 20, null).key();
    }
}
