package org.souk.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.souk.moderation.ChecklistItem;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.web.Messages;
import org.souk.web.TestMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The moderator's checklist holds every rule that docs/requirements.md marks {@code assist}, each with its text in
 * English and in Russian: a new assist rule, or a row without its translation, fails here.
 */
class ChecklistTest {

    /** The assist rules of requirements.md, named here so that a change of the documents is seen. */
    static final List<String> ASSIST = List.of("S-04", "C-01", "C-03", "C-04", "C-06", "C-07", "C-08", "C-09",
            "C-13", "C-14", "C-17", "C-18", "C-20", "C-25", "C-26", "V-01", "V-02", "V-04", "V-08", "F-01", "F-02",
            "F-03", "F-04", "F-05", "F-06", "F-08", "F-09", "F-11", "F-13", "F-14", "F-15", "T-TEL-1", "T-TEL-2",
            "T-SMART-1", "T-CRM-1");

    private final Checklist checklist = new Checklist(messages());

    @AfterEach
    void locale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/moderation");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return TestMessages.of(source);
    }

    private static List<String> assistRulesOfTheDocuments() throws IOException {
        List<String> rules = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/requirements.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && cells[1].trim().matches("[A-Z]+(-[A-Z]+)?-\\d+")
                    && cells[cells.length - 1].contains("assist")) {
                rules.add(cells[1].trim());
            }
        }
        return rules;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ChecklistTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyAssistRuleOfTheDocumentsHasAChecklistRow() throws IOException {
        assertThat(assistRulesOfTheDocuments()).as("the assist rules of docs/requirements.md")
                .containsExactlyInAnyOrderElementsOf(ASSIST);
        TreeSet<String> rows = new TreeSet<>();
        checklist.rules().forEach(rule -> rows.add(rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule));
        assertThat(rows).as("rules of moderation/checklist.tsv").containsAll(ASSIST);
        // the four telephony scenarios of T-TEL-1 (U-04) are rows of their own
        assertThat(checklist.rules()).filteredOn(rule -> rule.startsWith("T-TEL-1:")).hasSize(4);
    }

    @Test
    void everyRowHasItsTextInEnglishAndInRussian() throws IOException {
        Properties english = bundle("moderation");
        Properties russian = bundle("moderation_ru");
        List<String> missing = new ArrayList<>();
        for (String rule : checklist.rules()) {
            String key = Checklist.key(rule);
            String en = english.getProperty(key);
            String ru = russian.getProperty(key);
            if (en == null || en.isBlank()) {
                missing.add(key + " (English)");
            }
            if (ru == null || ru.isBlank() || ru.equals(en) || !ru.matches("(?s).*[А-Яа-яЁё].*")) {
                missing.add(key + " (Russian)");
            }
        }
        assertThat(missing).as("checklist texts missing from i18n/moderation*.properties").isEmpty();
    }

    @Test
    void theModeratorReadsTheChecklistInTheirLanguage() {
        Draft telephony = new Draft("partner.app", TechnologyType.REST_API, List.of("global"),
                new Card(List.of(Checklist.TELEPHONY_CATEGORY), List.of(), Map.of(), null, null, List.of(), null,
                        null, null, null, null, null),
                new VersionCard(1, List.of("telephony"), true, true, false, List.of(), false, null, null, null, null,
                        null, null, Map.of(), false));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        List<ChecklistItem> items = checklist.forDraft(telephony, Map.of("F-02", "pass"));
        assertThat(items).filteredOn(i -> i.rule().equals("F-02")).singleElement().satisfies(item -> {
            assertThat(item.text()).contains("пароль");
            assertThat(item.verdict()).isEqualTo("pass");
        });
        assertThat(items).extracting(ChecklistItem::rule).contains("T-TEL-1:register", "T-TEL-2", "C-04");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(checklist.forDraft(telephony, Map.of())).filteredOn(i -> i.rule().equals("F-02")).singleElement()
                .extracting(ChecklistItem::text).asString().contains("password");
        // a solution of another kind has no telephony rows
        Draft other = new Draft("partner.app", TechnologyType.REST_API, List.of("global"), new Card(List.of(),
                List.of(), Map.of(), null, null, List.of(), null, null, null, null, null, null), telephony.version());
        assertThat(checklist.forDraft(other, Map.of())).extracting(ChecklistItem::rule)
                .doesNotContain("T-TEL-1:register", "T-TEL-2");
    }
}
