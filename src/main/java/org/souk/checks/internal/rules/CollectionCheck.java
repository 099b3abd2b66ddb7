package org.souk.checks.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.Draft;
import org.springframework.stereotype.Component;

/**
 * C-09: in the three automation categories, a partner does not publish a series of small solutions
 * each adding a few activities; they belong in one collection. A solution with at most
 * {@value #SMALL} scopes is compared with the partner's other solutions in the same automation
 * category: when their scopes are also at most {@value #SMALL} and the same or one apart (one scope
 * added, removed or swapped), it is a warning naming the other solution.
 */
@Component
class CollectionCheck extends RuleCheck {

    CollectionCheck() {
        super("C-09", Severity.WARNING);
    }

    static final Set<String> AUTOMATION = Set.of("automation.workflows", "automation.automation_rules",
            "automation.triggers");
    static final int SMALL = 3;

    @Override
    public void run(CheckContext context, Findings findings) {
        Set<String> categories = automation(context.card().categories());
        Set<String> scopes = Set.copyOf(context.version().scopes());
        if (categories.isEmpty() || scopes.size() > SMALL) {
            return;
        }
        for (Draft sibling : context.siblings()) {
            Set<String> shared = automation(sibling.card().categories());
            shared.retainAll(categories);
            Set<String> theirs = Set.copyOf(sibling.version().scopes());
            if (shared.isEmpty() || theirs.size() > SMALL || apart(scopes, theirs) > 1) {
                continue;
            }
            findings.add("card.categories", "collection", sibling.code() + ": " + String.join(", ",
                    theirs.stream().sorted().toList()), TextCloneCheck.name(sibling, null),
                    shared.stream().sorted().findFirst().orElseThrow());
        }
    }

    private static Set<String> automation(List<String> categories) {
        Set<String> found = new HashSet<>(categories);
        found.retainAll(AUTOMATION);
        return found;
    }

    /** How many scopes one set has that the other lacks, at most: 0 the same, 1 one added or swapped. */
    static int apart(Set<String> a, Set<String> b) {
        long onlyA = a.stream().filter(s -> !b.contains(s)).count();
        long onlyB = b.stream().filter(s -> !a.contains(s)).count();
        return (int) Math.max(onlyA, onlyB);
    }
}
