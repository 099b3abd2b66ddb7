package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.identity.SoukUser;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.NewSolution;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionCards;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A search that finds nothing offers the parts of the catalog that have something, by name. */
class EmptySearchTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    SolutionCards cards;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;

    @Test
    void nothingFoundSuggestsGroupsWithSolutionsByTheirNames() throws Exception {
        // at least one category with a solution (a sub-category: its group's name is what is offered)
        PartnerLogin partner = approvedPartner("browsed");
        SoukUser owner = (SoukUser) users.loadUserByUsername(partner.email());
        String code = solutions.add(owner, new NewSolution("browsed_app", "global", TechnologyType.REST_API))
                .solution().code();
        cards.update(owner, code, new CardPatch(List.of("integrations.sms"), List.of(), Map.of("en",
                new CardText("Browsed Texts", "Sends texts.", null, null, null, null)), null, null, null, null, null,
                null));
        revisions.publish(revisions.freeze(code).id());

        String page = mvc.perform(get("/search").param("q", "qqxyzzyqq")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Matcher browse = Pattern.compile("(?s)<p[^>]*id=\"browse\"[^>]*>(.*?)</p>").matcher(page);
        assertThat(browse.find()).as("the suggestions of an empty result").isTrue();
        String links = browse.group(1);
        // names as they read, no padding that a link would underline
        assertThat(links).doesNotContain("\u00a0").doesNotContain("&nbsp;").doesNotContainPattern("<a [^>]*>\\s");
        Matcher link = Pattern.compile("href=\"/catalog/categories/([a-z_.]+)\"").matcher(links);
        int count = 0;
        while (link.find()) {
            count++;
            long total = api.get("/api/v1/catalog/solutions?category=" + link.group(1), null).body().path("total")
                    .asLong();
            assertThat(total).as("solutions in the linked " + link.group(1)).isPositive();
        }
        assertThat(count).isPositive();
        assertThat(links).contains(">Integrations</a>");
    }
}
