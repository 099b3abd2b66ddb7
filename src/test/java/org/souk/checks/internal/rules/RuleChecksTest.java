package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;
import static org.souk.checks.internal.rules.CheckFixtures.withCard;
import static org.souk.checks.internal.rules.CheckFixtures.withCategories;
import static org.souk.checks.internal.rules.CheckFixtures.withEnglish;
import static org.souk.checks.internal.rules.CheckFixtures.withVersion;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;

/** Every check with a passing example (the clean card) and failing ones, as a partner would see them. */
class RuleChecksTest {

    private static final List<Check> ALL = List.of(new CompletenessCheck(), new MandatoryLanguageCheck(),
            new CategoryLimitCheck(), new TagLimitCheck(), new ShortDescriptionCheck(), new PlaceholderTitleCheck(),
            new KeywordsCheck(), new MiscellaneousCheck(), new CategoryGates.Telephony(), new CategoryGates.Presets(),
            new CategoryGates.Workflows(), new CategoryGates.AutomationRules(), new CategoryGates.ChatBots(),
            new WhatsNewCheck(), new UserScopeCheck(), new WidgetCheck(), new AppLocationCheck(), new WrongFieldCheck(),
            new SupportCheck(), new PricingCheck(), new TradeNameCheck(), new InstallationCheck(),
            new IntegrationLinkCheck(), new WhatsNewContentCheck());

    private static String one(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0).field() + " | " + findings.get(0).message();
    }

    @Test
    void theCleanDemoCardPassesEveryCheck() {
        for (Check check : ALL) {
            assertThat(run(check, clean())).as(check.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void c25EmptyFieldsIconScreenshotsAndPricing() {
        Draft empty = withCard(clean(), c -> new Card(c.categories(), c.tags(), Map.of("en",
                new CardText("Title", null, " ", null, null, null)), null, null, List.of(), null, null, null, null,
                null, null));
        List<Finding> findings = run(new CompletenessCheck(), empty);
        assertThat(findings).extracting(Finding::field).containsExactlyInAnyOrder(
                "card.texts.en.shortDescription", "card.texts.en.fullDescription", "card.texts.en.installation",
                "card.texts.en.support", "card.icon", "card.screenshots", "card.licenseUrl", "card.privacyUrl",
                "card.pricingPolicy");
        assertThat(findings).allMatch(f -> f.rule().equals("C-25") && f.severity() == Severity.BLOCKER);
        assertThat(findings.get(0).message()).isEqualTo("C-25: This field is empty.");
        assertThat(findings.get(0).hint()).isNotBlank();
    }

    @Test
    void c11TheMandatoryLanguageOfEveryRegion() {
        Draft englishOnly = withCard(clean(), c -> new Card(c.categories(), c.tags(), Map.of("en", c.texts().get("en")),
                c.iconKey(), c.iconThumbKey(), c.screenshots(), c.licenseUrl(), c.privacyUrl(), c.contactUrl(),
                c.demoUrl(), c.pricingPolicy(), c.testData()));
        assertThat(one(run(new MandatoryLanguageCheck(), englishOnly))).startsWith("card.texts.ru | C-11");
    }

    @Test
    void c02AndC10Limits() {
        assertThat(one(run(new CategoryLimitCheck(), withCategories(clean())))).contains("No category");
        assertThat(one(run(new CategoryLimitCheck(), withCategories(clean(), "integrations.sms",
                "integrations.telephony", "miscellaneous", "automation.workflows", "automation.chat_bots",
                "vertical_solutions.solution_presets")))).contains("At most 5 categories; 6");
        assertThat(one(run(new CategoryLimitCheck(), withCategories(clean(), "gone.away")))).contains("gone.away");
        Draft sixTags = withCard(clean(), c -> new Card(c.categories(), List.of("a", "b", "c", "d", "e", "f"), c.texts(),
                c.iconKey(), c.iconThumbKey(), c.screenshots(), c.licenseUrl(), c.privacyUrl(), c.contactUrl(),
                c.demoUrl(), c.pricingPolicy(), c.testData()));
        assertThat(one(run(new TagLimitCheck(), sixTags))).contains("At most 5 tags; 6");
    }

    @Test
    void c12ShortDescription() {
        assertThat(one(run(new ShortDescriptionCheck(), withEnglish(clean(), t -> CheckFixtures.shortDescription(t,
                "Sends SMS. Reminds customers. Saves time. Works anywhere."))))).contains("4 sentences");
        assertThat(one(run(new ShortDescriptionCheck(), withEnglish(clean(), t -> CheckFixtures.shortDescription(t,
                "SMS reminders"))))).contains("repeats the title");
        assertThat(run(new ShortDescriptionCheck(), withEnglish(clean(), t -> CheckFixtures.shortDescription(t,
                "Sends SMS. Reminds customers about deals.")))).isEmpty();
    }

    @Test
    void c01PlaceholderTitles() {
        assertThat(one(run(new PlaceholderTitleCheck(), withEnglish(clean(), t -> CheckFixtures.title(t, "Test")))))
                .contains("placeholder");
        List<Finding> numbered = run(new PlaceholderTitleCheck(), withEnglish(clean(), t -> CheckFixtures.title(t,
                "Reminder App #1")));
        assertThat(numbered).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(run(new PlaceholderTitleCheck(), withEnglish(clean(), t -> CheckFixtures.title(t, "Testimonials Wall"))))
                .isEmpty();
    }

    @Test
    void c16Keywords() {
        assertThat(one(run(new KeywordsCheck(), withEnglish(clean(), t -> CheckFixtures.keywords(t,
                "sms reminders deals notifications"))))).contains("separated by commas");
        assertThat(one(run(new KeywordsCheck(), withEnglish(clean(), t -> CheckFixtures.keywords(t,
                "sms, Bitrix24, reminders"))))).contains("“Bitrix24” is a brand");
        assertThat(run(new KeywordsCheck(), withEnglish(clean(), t -> CheckFixtures.keywords(t, "x, ".repeat(700)))))
                .extracting(Finding::message).anyMatch(m -> m.contains("at most 2000"));
    }

    @Test
    void c03MiscellaneousOnlyAlone() {
        assertThat(one(run(new MiscellaneousCheck(), withCategories(clean(), "integrations.sms", "miscellaneous"))))
                .contains("Miscellaneous");
        assertThat(run(new MiscellaneousCheck(), withCategories(clean(), "miscellaneous"))).isEmpty();
    }

    /** C-04 telephony, C-05 presets, C-06 workflows, C-07 automation rules and triggers, C-08 chat bots. */
    @Test
    void c04ToC08CategoryGates() {
        assertThat(one(run(new CategoryGates.Telephony(), withCategories(clean(), "integrations.telephony"))))
                .contains("telephony");
        assertThat(run(new CategoryGates.Telephony(), withVersion(withCategories(clean(), "integrations.telephony"),
                v -> CheckFixtures.scopes(v, List.of("telephony"), List.of())))).isEmpty();
        assertThat(one(run(new CategoryGates.ChatBots(), withCategories(clean(), "automation.chat_bots"))))
                .contains("imbot");
        assertThat(one(run(new CategoryGates.Workflows(), withCategories(clean(), "automation.workflows"))))
                .contains("bizproc");
        // C-07 fires for an automation rules category without the bizproc scope, and not with it
        Draft automation = withCategories(clean(), "automation.automation_rules");
        Finding rules = run(new CategoryGates.AutomationRules(), automation).get(0);
        assertThat(rules.rule()).isEqualTo("C-07");
        assertThat(rules.field()).isEqualTo("card.categories");
        assertThat(rules.message()).contains("bizproc");
        assertThat(run(new CategoryGates.AutomationRules(), withVersion(automation,
                v -> CheckFixtures.scopes(v, List.of("crm", "bizproc"), List.of())))).isEmpty();
        Draft preset = withCategories(clean(), "vertical_solutions.solution_presets");
        assertThat(one(run(new CategoryGates.Presets(), preset))).contains("CRM presets");
        Draft realPreset = new Draft(preset.code(), TechnologyType.SOLUTION_PRESET, preset.regions(), preset.card(),
                preset.version());
        assertThat(run(new CategoryGates.Presets(), realPreset)).isEmpty();
    }

    @Test
    void v07WhatsNewFromTheSecondVersion() {
        Draft second = withVersion(clean(), v -> new VersionCard(2, v.scopes(), v.ownPage(), v.leftMenu(), v.mobile(),
                v.placements(), v.installableWithoutAdmin(), v.appUrl(), v.archiveKey(), v.archiveName(),
                v.archiveSize(), v.installerUrl(), v.handlerUrl(), Map.of("en", "Faster sending."), false));
        assertThat(one(run(new WhatsNewCheck(), second))).startsWith("version.whatsNew.ru | V-07");
    }

    @Test
    void v02V04AndV05OfTheVersion() {
        assertThat(run(new UserScopeCheck(), withVersion(clean(), v -> CheckFixtures.scopes(v,
                List.of("crm", "user", "user_brief"), List.of())))).extracting(Finding::severity)
                .containsOnly(Severity.WARNING).hasSize(2);
        assertThat(one(run(new WidgetCheck(), withVersion(clean(), v -> CheckFixtures.scopes(v, List.of("crm"),
                List.of("CRM_DEAL_DETAIL_TAB")))))).contains("placement");
        assertThat(one(run(new WidgetCheck(), withVersion(clean(), v -> CheckFixtures.scopes(v,
                List.of("crm", "placement"), List.of()))))).contains("no embedding place");
        Draft noUrl = withVersion(clean(), v -> new VersionCard(1, v.scopes(), v.ownPage(), v.leftMenu(), v.mobile(),
                v.placements(), false, null, null, null, null, null, "http://app.example.com/install", Map.of(), false));
        List<Finding> location = run(new AppLocationCheck(), noUrl);
        assertThat(location).extracting(Finding::field).containsExactly("version.appUrl", "version.handlerUrl");
        assertThat(location.get(1).severity()).isEqualTo(Severity.WARNING);
    }

    /** V-08: "What's new" is scanned like the card texts, in every language it is written in. */
    @Test
    void v08WhatsNewWithContactsOffersPromotionsOrOffensiveWords() {
        Check check = new WhatsNewContentCheck();
        assertThat(run(check, withWhatsNew(Map.of("en", "Reminders can be sent a day earlier.",
                "ru", "Напоминания можно отправлять на день раньше.")))).isEmpty();
        assertThat(one(run(check, withWhatsNew(Map.of("en", "Questions? Write to sales@acme.example.com")))))
                .startsWith("version.whatsNew.en | V-08").contains("support field");
        assertThat(one(run(check, withWhatsNew(Map.of("en", "Buy now and save."))))).contains("“buy now”");
        assertThat(one(run(check, withWhatsNew(Map.of("ru", "Скидка для всех до пятницы."))))).startsWith(
                "version.whatsNew.ru | V-08").contains("скидка");
        assertThat(one(run(check, withWhatsNew(Map.of("en", "Only an idiot would miss it."))))).contains("offensive");
        assertThat(run(check, withWhatsNew(Map.of("en", "Call +1 (555) 010-0199")))).extracting(Finding::severity)
                .containsExactly(Severity.BLOCKER);
    }

    private static Draft withWhatsNew(Map<String, String> whatsNew) {
        return withVersion(clean(), v -> new VersionCard(2, v.scopes(), v.ownPage(), v.leftMenu(), v.mobile(),
                v.placements(), v.installableWithoutAdmin(), v.appUrl(), v.archiveKey(), v.archiveName(),
                v.archiveSize(), v.installerUrl(), v.handlerUrl(), whatsNew, false));
    }

    @Test
    void c25ContactsPromotionsAndOffensiveWords() {
        assertThat(one(run(new WrongFieldCheck(), withEnglish(clean(), t -> CheckFixtures.fullDescription(t,
                "<p>Write to sales@acme.example.com for a quote.</p>"))))).contains("support field")
                .contains("fullDescription");
        assertThat(one(run(new WrongFieldCheck(), withEnglish(clean(), t -> CheckFixtures.fullDescription(t,
                "<p>Call +1 (555) 010-0199 today.</p>"))))).contains("support field");
        assertThat(one(run(new WrongFieldCheck(), withEnglish(clean(), t -> CheckFixtures.shortDescription(t,
                "Get a 20% discount this week."))))).contains("“discount”");
        assertThat(one(run(new WrongFieldCheck(), withEnglish(clean(), t -> CheckFixtures.installation(t,
                "Any idiot can install it."))))).contains("offensive");
    }

    @Test
    void c18SupportChannelsScheduleAndLanguageOfLinks() {
        assertThat(run(new SupportCheck(), withEnglish(clean(), t -> CheckFixtures.support(t, "We help everyone."))))
                .extracting(Finding::message).anyMatch(m -> m.contains("no channel")).anyMatch(m -> m.contains("schedule"));
        assertThat(one(run(new SupportCheck(), withEnglish(clean(), t -> CheckFixtures.support(t,
                "Helpdesk https://help.acme.ru, Mon-Fri 9-18"))))).contains("Russian-language");
    }

    @Test
    void c14PricingAndDescriptionAgree() {
        assertThat(one(run(new PricingCheck(), withEnglish(clean(), t -> CheckFixtures.fullDescription(t,
                "<p>The Pro plan costs $10 per month.</p>"))))).contains("says “free”");
        Draft paid = withCard(clean(), c -> new Card(c.categories(), c.tags(), c.texts(), c.iconKey(), c.iconThumbKey(),
                c.screenshots(), c.licenseUrl(), c.privacyUrl(), c.contactUrl(), c.demoUrl(),
                PricingPolicy.ADDITIONAL_PAID_FUNCTIONALITY, c.testData()));
        assertThat(run(new PricingCheck(), paid)).hasSize(2); // neither the English nor the Russian text names a price
    }

    @Test
    void c15TradeNames() {
        Finding finding = run(new TradeNameCheck(), withEnglish(clean(), t -> CheckFixtures.fullDescription(t,
                "<p>Works with Bitrix 24 and the Bitrix24 Market.</p>"))).get(0);
        assertThat(finding.message()).contains("“Bitrix 24” is spelled “Bitrix24”");
        assertThat(finding.evidence()).isEqualTo("Bitrix 24");
    }

    @Test
    void c17InstallationStepsAndC26IntegrationLinks() {
        assertThat(one(run(new InstallationCheck(), withEnglish(clean(), t -> CheckFixtures.installation(t,
                "Just install it."))))).contains("fewer than 6 words");
        Draft integration = withCategories(clean(), "integrations.sms");
        assertThat(run(new IntegrationLinkCheck(), integration)).isEmpty();
        assertThat(one(run(new IntegrationLinkCheck(), withEnglish(integration, t -> CheckFixtures.fullDescription(t,
                "<p>Sends reminders through the SMS gateway.</p>"))))).startsWith("card.texts.en.fullDescription");
    }
}
