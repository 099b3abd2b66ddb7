package org.souk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The V5 migration seeds the categories of protocol.md and about twenty tags, in English and Russian. */
class TaxonomySeedTest extends IntegrationTest {

    private final Taxonomy taxonomy;

    @Autowired
    TaxonomySeedTest(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Test
    void everyCategoryTheDocumentsNameIsThereInEnglishAndRussian() {
        Map<String, Category> categories = new HashMap<>();
        taxonomy.categories().forEach(c -> categories.put(c.code(), c));
        Map<String, String> english = Map.ofEntries(
                Map.entry("miscellaneous", "Miscellaneous"),
                Map.entry("integrations.telephony", "Integrations – Telephony"),
                Map.entry("integrations.sms", "Integrations – SMS"),
                Map.entry("integrations.payments", "Integrations – Payments"),
                Map.entry("integrations.email_marketing", "Integrations – E-mail marketing"),
                Map.entry("integrations.messengers", "Integrations – Messengers/Open Channels"),
                Map.entry("vertical_solutions.solution_presets", "Vertical Solutions – Solution presets"),
                Map.entry("automation.workflows", "Automation – Workflows"),
                Map.entry("automation.automation_rules", "Automation – Automation Rules"),
                Map.entry("automation.triggers", "Automation – Triggers"),
                Map.entry("automation.chat_bots", "Automation – Chat bots"),
                Map.entry("automation.smart_scripts", "Automation – Smart Scripts"),
                Map.entry("ready_made_solutions.smart_scripts", "Ready-made Solutions – Smart Scripts"),
                Map.entry("sites.templates", "Sites – Templates"),
                Map.entry("analytics.bi_reports", "Analytics – BI reports"),
                Map.entry("migration", "Migration"));
        english.forEach((code, fullName) -> {
            assertThat(categories).containsKey(code);
            Category category = categories.get(code);
            assertThat(category.fullName("en")).isEqualTo(fullName);
            assertThat(category.names()).containsKeys("en", "ru");
            assertThat(category.groupNames()).containsKeys("en", "ru");
            assertThat(category.names().get("ru")).matches(".*[а-яА-ЯёЁ].*|SMS");
        });
        assertThat(categories.get("integrations.telephony").fullName("ru")).isEqualTo("Интеграции – Телефония");
        assertThat(categories.get("automation.chat_bots").fullName("ru")).isEqualTo("Автоматизация – Чат-боты");
        assertThat(categories.get("miscellaneous").fullName("ru")).isEqualTo("Разное");
        assertThat(categories.get("miscellaneous").topLevel()).isTrue();
        // a language without names falls back to English
        assertThat(categories.get("integrations.telephony").fullName("de")).isEqualTo("Integrations – Telephony");
    }

    @Test
    void theRestrictedCategoriesNameTheirRule() {
        Map<String, String> gates = new HashMap<>();
        List<String> miscellaneous = new java.util.ArrayList<>();
        for (Category c : taxonomy.categories()) {
            if (c.gate() != null) {
                gates.put(c.code(), c.gate());
            }
            if (c.miscellaneous()) {
                miscellaneous.add(c.code());
            }
        }
        assertThat(gates).containsAllEntriesOf(Map.of("integrations.telephony", "C-04",
                "vertical_solutions.solution_presets", "C-05", "automation.workflows", "C-06",
                "automation.automation_rules", "C-07", "automation.triggers", "C-07", "automation.chat_bots", "C-08"));
        assertThat(taxonomy.findCategory("automation.smart_scripts").orElseThrow().gate()).isNull();
        assertThat(taxonomy.findCategory("integrations.sms").orElseThrow().gate()).isNull();
        assertThat(miscellaneous).contains("miscellaneous");
        assertThat(taxonomy.findCategory("integrations.sms").orElseThrow().miscellaneous()).isFalse();
    }

    @Test
    void groupsComeInTheirOrderWithMiscellaneousLast() {
        List<String> seeded = List.of("integrations", "automation", "vertical_solutions", "ready_made_solutions",
                "sites", "analytics", "migration", "miscellaneous");
        List<String> groups = taxonomy.groups().stream().map(CategoryGroup::code).filter(seeded::contains).toList();
        assertThat(groups).containsExactlyElementsOf(seeded);
        CategoryGroup automation = taxonomy.groups().stream().filter(g -> g.code().equals("automation")).findFirst()
                .orElseThrow();
        assertThat(automation.categories().stream().map(Category::code).limit(5)).containsExactly(
                "automation.workflows", "automation.automation_rules", "automation.triggers", "automation.chat_bots",
                "automation.smart_scripts");
        assertThat(automation.name("ru")).isEqualTo("Автоматизация");
    }

    @Test
    void aboutTwentyTagsInBothLanguages() {
        List<Tag> tags = taxonomy.tags();
        assertThat(tags.stream().map(Tag::code)).contains("crm", "telephony", "sms", "email", "payments", "analytics",
                "automation", "chat_bot", "documents", "tasks", "hr", "sales", "marketing", "e_commerce", "integration",
                "migration", "reports", "calendar", "forms", "ai");
        assertThat(tags).hasSizeGreaterThanOrEqualTo(20);
        Tag tasks = taxonomy.findTag("tasks").orElseThrow();
        assertThat(tasks.name("en")).isEqualTo("Tasks");
        assertThat(tasks.name("ru")).isEqualTo("Задачи");
        assertThat(taxonomy.findTag("crm").orElseThrow().names()).containsKeys("en", "ru");
    }

    @Test
    void theSolutionModuleLooksCodesUp() {
        assertThat(taxonomy.unknownCategories(List.of("integrations.telephony", "integrations.fax", "nope",
                "integrations.fax"))).containsExactly("integrations.fax", "nope");
        assertThat(taxonomy.findCategories(List.of("miscellaneous", "x.y", "integrations.sms")).stream()
                .map(Category::code)).containsExactly("miscellaneous", "integrations.sms");
        assertThat(taxonomy.unknownTags(List.of("crm", "cmr"))).containsExactly("cmr");
        assertThat(taxonomy.findTags(List.of("ai", "crm", "ai")).stream().map(Tag::code)).containsExactly("ai", "crm");
        assertThat(taxonomy.unknownCategories(List.of())).isEmpty();
    }
}
