package org.souk.checks.internal;

import java.util.ArrayList;
import java.util.List;

import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.web.Messages;

/**
 * Collects the findings of one check in the UI language. Texts come from the bundle
 * {@code i18n/checks}: {@code check.<rule>.<what>} for the message and {@code …hint} for the hint.
 */
public class Findings {

    private static final int MAX_EVIDENCE = 200;

    private final Messages messages;
    private final List<Finding> found = new ArrayList<>();
    private String rule;
    private Severity severity;

    public Findings(Messages messages) {
        this.messages = messages;
    }

    public void start(String rule, Severity severity) {
        this.rule = rule;
        this.severity = severity;
    }

    /** A finding of the running check; {@code what} names its message and hint in the bundle. */
    public void add(String field, String what, String evidence, Object... args) {
        add(severity, field, what, evidence, args);
    }

    /** A finding weighing less than the check's usual severity (a heuristic, a likely but unsure case). */
    public void add(Severity weight, String field, String what, String evidence, Object... args) {
        String key = "check." + rule + "." + what;
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        found.add(new Finding(rule, weight, field, rule + ": " + messages.get(key, args), abbreviate(evidence),
                messages.get(key + ".hint", args), key, texts));
    }

    /** The finding in the language of the current request (a kept report read by someone else). */
    public static Finding translated(Finding finding, Messages messages) {
        if (finding.key() == null) {
            return finding; // kept before findings kept their key
        }
        Object[] args = finding.args() == null ? new Object[0] : finding.args().toArray();
        return new Finding(finding.rule(), finding.severity(), finding.field(),
                finding.rule() + ": " + messages.get(finding.key(), args), finding.evidence(),
                messages.get(finding.key() + ".hint", args), finding.key(), finding.args());
    }

    /** The running check broke: said as an info, so the report is still complete about what ran. */
    public void failed() {
        found.add(new Finding(rule, Severity.INFO, null, rule + ": " + messages.get("check.failed"), null,
                messages.get("check.failed.hint"), "check.failed", List.of()));
    }

    public List<Finding> all() {
        return found;
    }

    private static String abbreviate(String evidence) {
        if (evidence == null || evidence.length() <= MAX_EVIDENCE) {
            return evidence;
        }
        return evidence.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}
