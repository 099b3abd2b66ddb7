package org.souk.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.souk.checks.internal.Check;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * docs/checks.md is the project's own rule list: every rule of requirements.md with what Souk does for
 * it. A rule marked "check" there must have a check, and every check must be listed there.
 */
class ChecksDocumentTest extends IntegrationTest {

    @Autowired
    List<Check> checks;

    /** rule id → the "Souk" column, from the table rows of docs/checks.md. */
    static Map<String, String[]> rows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/checks.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && cells[1].trim().matches("[A-Z]+(-[A-Z]+)?-\\d+")) {
                rows.put(cells[1].trim(), new String[] { cells[2].trim(), cells[3].trim(), cells[4].trim() });
            }
        }
        return rows;
    }

    @Test
    void everyRuleMarkedCheckHasAChecksAndEveryCheckIsListed() throws IOException {
        Map<String, String[]> rows = rows();
        Set<String> checked = checks.stream().map(Check::rule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> marked = rows.entrySet().stream().filter(e -> e.getValue()[1].equals("check"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(checked).as("rules marked 'check' in docs/checks.md").containsAll(marked);
        assertThat(marked).as("checks listed in docs/checks.md").containsAll(checked);
    }

    @Test
    void everyAutomaticOrAssistedRuleSaysWhatSoukDoes() throws IOException {
        for (Map.Entry<String, String[]> row : rows().entrySet()) {
            String how = row.getValue()[0];
            String souk = row.getValue()[1];
            if (how.contains("auto") || how.contains("assist")) {
                // "later" is gone: what exists is said (RuleTraceTest ties each rule to its class and test)
                assertThat(souk).as(row.getKey()).isIn("check", "on save", "engine", "moderator", "record",
                        "workflow");
                assertThat(row.getValue()[2]).as(row.getKey() + " explains").hasSizeGreaterThan(10);
            }
        }
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(100);
    }
}
