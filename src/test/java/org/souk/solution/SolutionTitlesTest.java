package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A list of apps (a customer's account, the moderators' complaints) shows each app by its title, read for the whole
 * list at once: one statement for the solutions and one for their published revisions, however many there are.
 */
class SolutionTitlesTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    @Test
    @WithMockUser(roles = "MODERATOR")
    void theTitlesOfAListAreReadTogetherInTheReadersLanguage() throws Exception {
        PartnerLogin partner = approvedPartner("titles");
        String first = solution(partner, "titles_one", "Invoice Maker", "Счета");
        String second = solution(partner, "titles_two", "Deal Reminders", null);
        String removed = solution(partner, "titles_three", "Old Helper", null);
        String draft = api.post("/api/v1/solutions", Map.of("appCode", "titles_draft", "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        revisions.remove(removed, "The partner asked for it");
        List<String> codes = List.of(first, second, removed, draft, "no_such_code");

        @SuppressWarnings("unchecked")
        Map<String, String>[] listed = new Map[1];
        List<String> sql = SqlStatements.during(() -> listed[0] = revisions.listedTitles(codes, "ru"));
        assertThat(listed[0]).containsExactlyInAnyOrderEntriesOf(Map.of(first, "Счета", second, "Deal Reminders"));
        assertThat(sql.stream().filter(s -> s.matches("(?is)select .* from solution_revision .*"))).hasSize(1);
        assertThat(sql.stream().filter(s -> s.matches("(?is)select .* from solution \\w+ .*"))).hasSize(1);

        assertThat(revisions.publishedTitles(codes, "en")).containsExactlyInAnyOrderEntriesOf(Map.of(first,
                "Invoice Maker", second, "Deal Reminders", removed, "Old Helper"));
        assertThat(revisions.listedTitles(List.of(), "en")).isEmpty();
    }

    /** A published solution with an English title and, if given, a Russian one. */
    private String solution(PartnerLogin partner, String appCode, String english, String russian) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global", "type",
                "REST_API"), partner.token());
        String code = created.text("code");
        Map<String, Object> texts = russian == null ? Map.of("en", Map.of("title", english))
                : Map.of("en", Map.of("title", english), "ru", Map.of("title", russian));
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", texts), partner.token()).status())
                .isEqualTo(200);
        revisions.publish(revisions.freeze(code).id());
        return code;
    }
}
