package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.solution.DraftDiff.FieldChange;
import org.souk.solution.DraftDiff.Op;
import org.souk.solution.DraftDiff.Word;

/** The moderator's diff: word diff of texts, added and removed list items, media before and after. */
class DraftDiffTest {

    private static Draft draft(String title, String description, List<String> scopes, String icon) {
        Card card = new Card(List.of("integrations.telephony"), List.of("crm"),
                Map.of("en", new CardText(title, "Short.", description, null, null, null)), icon, null, List.of(),
                null, null, null, null, PricingPolicy.FREE, null);
        VersionCard version = new VersionCard(1, scopes, false, false, false, List.of(), false, null, null, null, null,
                null, null, Map.of(), false);
        return new Draft("acme.app", TechnologyType.REST_API, List.of("global"), card, version);
    }

    @Test
    void onlyChangedFieldsAreListed() {
        Draft before = draft("Deal Sync", "Syncs deals with the ledger every hour.", List.of("crm", "user"), "a");
        Draft after = draft("Deal Sync", "Syncs deals and invoices with the ledger every minute.",
                List.of("crm", "user_brief"), "b");

        List<FieldChange> changes = DraftDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::field).containsExactly("card.texts.en.fullDescription",
                "card.icon", "version.scopes");
        FieldChange text = changes.get(0);
        assertThat(text.words()).contains(new Word(Op.ADDED, "and invoices "), new Word(Op.REMOVED, "hour."),
                new Word(Op.ADDED, "minute."));
        String rebuiltBefore = text.words().stream().filter(w -> w.op() != Op.ADDED).map(Word::text)
                .reduce("", String::concat);
        String rebuiltAfter = text.words().stream().filter(w -> w.op() != Op.REMOVED).map(Word::text)
                .reduce("", String::concat);
        assertThat(rebuiltBefore).isEqualTo(before.card().texts().get("en").fullDescription());
        assertThat(rebuiltAfter).isEqualTo(after.card().texts().get("en").fullDescription());
        assertThat(changes.get(1).before()).isEqualTo("a");
        assertThat(changes.get(1).after()).isEqualTo("b");
        assertThat(changes.get(2).added()).containsExactly("user_brief");
        assertThat(changes.get(2).removed()).containsExactly("user");
    }

    @Test
    void againstNothingEverythingIsNew() {
        List<FieldChange> changes = DraftDiff.between(null, draft("T", "D", List.of("crm"), null));
        assertThat(changes).extracting(FieldChange::field).contains("regions", "card.texts.en.title", "version.scopes");
        assertThat(DraftDiff.between(draft("T", "D", List.of(), null), draft("T", "D", List.of(), null))).isEmpty();
    }
}
