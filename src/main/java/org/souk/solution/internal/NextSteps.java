package org.souk.solution.internal;

import java.util.List;
import java.util.Map;

import org.souk.market.Language;
import org.souk.market.Region;
import org.souk.solution.Draft;
import org.souk.solution.DraftGaps;
import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionView;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.web.FieldLabels;
import org.springframework.stereotype.Component;

/**
 * What to do next with a solution, from its state and its draft: the first missing piece of the card or the
 * version, in the order a person fills them (the list and the overview say it).
 */
@Component
class NextSteps {

    /**
     * A message key with one argument, the page where it is done (or null), and the rule it answers (or null):
     * shown as a small tag after the sentence, never inside it.
     */
    record NextStep(String key, String argument, String href, String rule) {
    }

    private final FieldLabels fieldLabels;

    NextSteps(FieldLabels fieldLabels) {
        this.fieldLabels = fieldLabels;
    }

    /** {@code byCode}, {@code languages}: the market's regions and languages, read once for a whole list. */
    NextStep of(SolutionView view, Draft draft, Map<String, Region> byCode, Map<String, Language> languages) {
        String base = "/partner/solutions/" + view.code();
        switch (view.status()) {
            case ON_MODERATION:
                return new NextStep("solution.next.wait", null, null, "S-08");
            case REMOVED:
                return new NextStep("solution.next.removed", null, null, null);
            case RETURNED:
                return new NextStep("solution.next.returned", null, base + "/card", null);
            default:
                break;
        }
        // the first of what the checks will find missing (DraftGaps, C-11/C-02/C-25), where the form has it
        List<DraftGaps.Gap> gaps = DraftGaps.of(draft, SolutionLanguages.mandatory(view, byCode));
        if (!gaps.isEmpty()) {
            return step(gaps.get(0), base, languages);
        }
        VersionCard version = draft.version();
        if (view.technologyType() == TechnologyType.REST_API && blank(version.appUrl())
                && blank(version.archiveKey())) {
            return new NextStep("solution.next.version", String.valueOf(version.number()),
                    base + "/versions/" + version.number(), "V-05");
        }
        if (view.status() == SolutionStatus.PUBLISHED) {
            return new NextStep("solution.next.published", null, null, null);
        }
        if (view.status() == SolutionStatus.HIDDEN) {
            return new NextStep("solution.next.hidden", null, base, "U-02");
        }
        return new NextStep("solution.next.submit", null, base + "/moderation", null);
    }

    private NextStep step(DraftGaps.Gap gap, String base, Map<String, Language> languages) {
        return switch (gap.what()) {
            case "language" -> new NextStep("solution.next.texts", SolutionLanguages.name(gap.language(), languages),
                    base + "/card?language=" + gap.language(), gap.rule());
            case "icon" -> new NextStep("solution.next.icon", null, base + "/card#media", gap.rule());
            case "screenshots" -> new NextStep("solution.next.screenshots", null, base + "/card#screenshots", gap.rule());
            case "categories" -> new NextStep("solution.next.categories", null, base + "/card#taxonomy", gap.rule());
            default -> new NextStep("solution.next.field", fieldLabels.of(gap.field()), base + "/card"
                    + (gap.language() != null ? "?language=" + gap.language() : ""), gap.rule());
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
