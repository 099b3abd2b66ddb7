package org.souk.checks.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.souk.market.Category;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.VersionCard;

/**
 * What a check looks at: the draft (card and latest version), the languages its regions make
 * mandatory (C-11), the catalog's categories, the editable word lists, and the drafts of the same
 * partner's other solutions (C-09, F-14).
 */
public record CheckContext(Draft draft, Set<String> mandatoryLanguages, Map<String, Category> categories,
        WordLists words, List<Draft> siblings) {

    public Card card() {
        return draft.card();
    }

    public VersionCard version() {
        return draft.version();
    }

    /** The card's languages: the mandatory ones first, then the others that have texts. */
    public List<String> languages() {
        java.util.LinkedHashSet<String> languages = new java.util.LinkedHashSet<>(mandatoryLanguages);
        languages.addAll(card().texts().keySet());
        return List.copyOf(languages);
    }

    public CardText text(String language) {
        CardText text = card().texts().get(language);
        return text == null ? new CardText(null, null, null, null, null, null) : text;
    }

    public boolean hasScope(String scope) {
        return version().scopes().contains(scope);
    }
}
