package org.souk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules by their ids (P-05, C-25 …): their text from {@code docs/requirements.md} and what Souk does
 * for each from {@code docs/checks.md}, both on the classpath under {@code rules/}. Pages show a rule id as
 * a small tag linking to {@code /rules/{id}} and the message beside it without the id
 * ({@code ${@ruleBook.plain(message, rule)}}).
 */
@Component("ruleBook")
public class RuleBook {

    /** One rule: its id, its group's title, the rule's text, how the documents say it is judged, what Souk does. */
    public record Rule(String id, String group, String text, String how, String souk, String what) {
    }

    /** A text for partners and its rules, which a page shows as small tags after it ({@link #ruled}). */
    public record Ruled(String text, List<String> rules) {
    }

    /** Rule ids in front of a text ("S-04, C-14: state …") or in brackets within it ("… language (C-11);"). */
    private static final Pattern LEADING = Pattern.compile("^((?:[A-Z]-\\d{2}, )*[A-Z]-\\d{2}): ");
    private static final Pattern BRACKETED = Pattern.compile(" ?\\(((?:see )?(?:[A-Z]-\\d{2}(?:, | and )?)+)\\)");
    private static final Pattern ID = Pattern.compile("[A-Z]-\\d{2}");

    public record Group(String title, List<Rule> rules) {
    }

    private final List<Group> groups;
    private final Map<String, Rule> byId = new LinkedHashMap<>();

    RuleBook() {
        Map<String, String[]> souk = new LinkedHashMap<>();
        for (String line : lines("rules/checks.md")) {
            List<String> cells = cells(line);
            if (cells.size() == 4 && cells.get(0).matches("[A-Z]+(-[A-Z]+)?-\\d+")) {
                souk.put(cells.get(0), new String[] { cells.get(2), cells.get(3) });
            }
        }
        List<Group> read = new ArrayList<>();
        String title = null;
        List<Rule> rules = null;
        for (String line : lines("rules/requirements.md")) {
            if (line.startsWith("## ")) {
                title = line.substring(3).trim();
                rules = new ArrayList<>();
                read.add(new Group(title, rules));
                continue;
            }
            List<String> cells = cells(line);
            if (rules != null && cells.size() == 3 && cells.get(0).matches("[A-Z]+(-[A-Z]+)?-\\d+")) {
                String[] does = souk.getOrDefault(cells.get(0), new String[] { null, null });
                Rule rule = new Rule(cells.get(0), title, cells.get(1), cells.get(2), does[0], does[1]);
                rules.add(rule);
                byId.put(rule.id(), rule);
            }
        }
        this.groups = read.stream().map(g -> new Group(g.title(), List.copyOf(g.rules()))).toList();
    }

    public List<Group> groups() {
        return groups;
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The id itself if it names a rule of the documents, else null (an error code such as "invalid" is no rule). */
    private String known(String id) {
        return find(id).map(Rule::id).orElse(null);
    }

    /**
     * A text of the bundles without the rule ids written into it, and those rules in order: "C-01: concise and
     * clear" → "Concise and clear" + [C-01]; "Its card needs the region's language (C-11); …" → without the
     * bracket. A page shows the rules as tags (fragments :: ruled), so a partner reads sentences, not ids.
     */
    public Ruled ruled(String message) {
        if (message == null) {
            return new Ruled(null, List.of());
        }
        List<String> rules = new ArrayList<>();
        String text = message;
        Matcher leading = LEADING.matcher(text);
        if (leading.find()) {
            ids(leading.group(1), rules);
            text = text.substring(leading.end());
            text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        Matcher bracketed = BRACKETED.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (bracketed.find()) {
            ids(bracketed.group(1), rules);
            bracketed.appendReplacement(plain, "");
        }
        bracketed.appendTail(plain);
        return new Ruled(plain.toString(), List.copyOf(new java.util.LinkedHashSet<>(rules)));
    }

    private void ids(String list, List<String> rules) {
        Matcher id = ID.matcher(list);
        while (id.find()) {
            if (known(id.group()) != null) {
                rules.add(id.group());
            }
        }
    }

    /** The rule's text, or null for an id the documents do not have. */
    public String text(String id) {
        return find(id).map(Rule::text).orElse(null);
    }

    /** A message without its leading rule id ("C-25: The field …" → "The field …"): the id is shown as a tag. */
    public String plain(String message, String rule) {
        if (message == null || rule == null) {
            return message;
        }
        return message.startsWith(rule + ": ") ? message.substring(rule.length() + 2) : message;
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|") || line.startsWith("| ---") || line.startsWith("| id") || line.startsWith("| rule")) {
            return List.of();
        }
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim().replace("`", ""));
        }
        return cells;
    }

    private static List<String> lines(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the rules' document " + path + " is not on the classpath", e);
        }
    }
}
