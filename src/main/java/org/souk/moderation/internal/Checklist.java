package org.souk.moderation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.souk.moderation.ChecklistItem;
import org.souk.solution.Draft;
import org.souk.web.Messages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a moderator judges by hand (the {@code assist} rows of requirements.md), as they apply to one
 * solution: the telephony scenarios only for telephony cards, the type rules only for their type. The rows are
 * {@code moderation/checklist.tsv}; their texts, in English and Russian, are {@code checklist.<rule>} of the
 * moderation bundle ({@code ChecklistTest} fails when an assist rule or a translation is missing).
 */
@Component
public class Checklist {

    static final String TELEPHONY_CATEGORY = "integrations.telephony";
    private static final String TELEPHONY_SCENARIO = "T-TEL-1:";

    private record Row(String rule, String appliesTo, String text) {
    }

    private final List<Row> rows;
    private final Messages messages;

    Checklist(Messages messages) {
        this.messages = messages;
        try (var in = new ClassPathResource("moderation/checklist.tsv").getInputStream()) {
            List<Row> read = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                read.add(new Row(cells[0], cells[1], cells[2]));
            }
            rows = List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items for a solution, with the verdicts already given (by rule id). */
    public List<ChecklistItem> forDraft(Draft draft, Map<String, String> verdicts) {
        return rows.stream().filter(row -> applies(row, draft))
                .map(row -> new ChecklistItem(row.rule(), text(row), verdicts.get(row.rule()))).toList();
    }

    /** Every row's rule id, in the file's order (the T-TEL-1 scenarios as {@code T-TEL-1:name}). */
    public List<String> rules() {
        return rows.stream().map(Row::rule).toList();
    }

    /** The message key of a row's text in the bundles ({@code :} is a separator in .properties files). */
    public static String key(String rule) {
        return "checklist." + rule.replace(':', '.');
    }

    /** The row's text in the reader's language; the file's English text where a bundle lacks it. */
    private String text(Row row) {
        String text = messages.get(key(row.rule()));
        return text.equals(key(row.rule())) ? row.text() : text;
    }

    public boolean known(String rule) {
        return rows.stream().anyMatch(row -> row.rule().equals(rule));
    }

    /** U-04: a telephony solution whose every mandatory scenario the moderator confirmed. */
    public boolean recommended(Draft draft, Map<String, String> verdicts) {
        List<Row> scenarios = rows.stream().filter(row -> row.rule().startsWith(TELEPHONY_SCENARIO)).toList();
        return telephony(draft) && scenarios.stream().allMatch(row -> "pass".equals(verdicts.get(row.rule())));
    }

    private static boolean applies(Row row, Draft draft) {
        return switch (row.appliesTo()) {
            case "*" -> true;
            case "telephony" -> telephony(draft);
            default -> draft.technologyType() != null && draft.technologyType().name().equals(row.appliesTo());
        };
    }

    private static boolean telephony(Draft draft) {
        return draft.card().categories().contains(TELEPHONY_CATEGORY);
    }
}
