package org.souk.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule of the project's docs/requirements.md is tied, in docs/checks.md, to what Souk does for it (enforced,
 * checked, assisted with a named aid, or recorded, never "later") and, in its second table, to the classes that do
 * it and to a test that names the rule. The documents and the code cannot drift apart unnoticed.
 */
class RuleTraceTest {

    private static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z]+)?-\\d+");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z0-9_.]+)`");
    private static final Set<String> SOUK = Set.of("check", "on save", "engine", "workflow", "record", "moderator");

    /** The rule ids of requirements.md, in their order. */
    static List<String> requirementIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/requirements.md"))) {
            List<String> cells = cells(line);
            if (cells.size() == 3 && ID.matcher(cells.get(0)).matches()) {
                ids.add(cells.get(0));
            }
        }
        return ids;
    }

    /** rule id → cells of the rows of docs/checks.md with {@code size} cells. */
    private static Map<String, List<String>> rows(int size) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/checks.md"))) {
            List<String> cells = cells(line);
            if (cells.size() == size && ID.matcher(cells.get(0)).matches()) {
                rows.put(cells.get(0), cells);
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(cell);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Source files by simple class name (the file's name; {@code Outer.Inner} is found as {@code Outer}). */
    private static Map<String, Path> sources(String root) {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toMap(
                    f -> f.getFileName().toString().replace(".java", ""), f -> f, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyRuleSaysWhatSoukDoesAndNothingIsLater() throws IOException {
        List<String> ids = requirementIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        Map<String, List<String>> what = rows(4);
        assertThat(what.keySet()).as("rules of requirements.md in the first table of docs/checks.md")
                .containsExactlyInAnyOrderElementsOf(ids);
        what.forEach((id, cells) -> {
            assertThat(cells.get(2)).as(id + ": what Souk does").isIn(SOUK);
            assertThat(cells.get(3).toLowerCase(Locale.ROOT)).as(id + " explains, and promises no later release")
                    .hasSizeGreaterThan(10).doesNotContain("later").doesNotContain("release");
        });
        assertThat(Files.readString(Path.of("docs/checks.md"))).doesNotContain("| later |");
    }

    @Test
    void everyRuleNamesTheClassesThatKeepItAndATestThatNamesIt() throws IOException {
        List<String> ids = requirementIds();
        Map<String, List<String>> trace = rows(3);
        assertThat(trace.keySet()).as("rules of requirements.md in the table 'Where each rule is kept'")
                .containsExactlyInAnyOrderElementsOf(ids);
        Map<String, Path> main = sources("src/main/java");
        Map<String, Path> tests = sources("src/test/java");
        Map<String, List<String>> what = rows(4);
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            List<String> where = names(trace.get(id).get(1));
            List<String> named = names(trace.get(id).get(2));
            if (where.isEmpty()) {
                problems.add(id + ": no class named");
            }
            where.stream().map(n -> n.contains(".") ? n.substring(0, n.indexOf('.')) : n)
                    .filter(n -> !main.containsKey(n)).forEach(n -> problems.add(id + ": no class " + n));
            // a rule the moderator judges is assisted by a named aid: its checklist row
            if ("moderator".equals(what.get(id).get(2)) && !where.contains("Checklist")) {
                problems.add(id + ": judged by the moderator without the checklist named");
            }
            if (named.isEmpty()) {
                problems.add(id + ": no test named");
            }
            for (String test : named) {
                Path source = tests.get(test);
                if (source == null) {
                    problems.add(id + ": no test " + test);
                } else if (!mentions(Files.readString(source), id)) {
                    problems.add(id + ": " + test + " never names " + id);
                }
            }
        }
        assertThat(problems).as("docs/checks.md, 'Where each rule is kept, and its test'").isEmpty();
    }

    /** The id as written ("C-07"), or as a test method names it ("c07…", "…AndC10…"). */
    private static boolean mentions(String source, String id) {
        if (source.contains(id)) {
            return true;
        }
        String compact = id.replace("-", "");
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(compact.toLowerCase(Locale.ROOT))
                + "(?![0-9])|[a-z0-9]" + Pattern.quote(compact.charAt(0) + compact.substring(1).toLowerCase(Locale.ROOT))
                + "(?![0-9])").matcher(source).find();
    }

    @Test
    void theTraceFindsWhatIsMissing() {
        // the checks of this test are not vacuous: a source without the id does not count
        assertThat(mentions("void c04ToC08CategoryGates()", "C-08")).isTrue();
        assertThat(mentions("void c04ToC08CategoryGates()", "C-05")).isFalse();
        assertThat(mentions("void c02AndC10Limits()", "C-10")).isTrue();
        assertThat(mentions("void c100()", "C-10")).isFalse();
        assertThat(new LinkedHashSet<>(names("`Checklist`, `CategoryGates.Telephony`"))).containsExactly("Checklist",
                "CategoryGates.Telephony");
    }
}
