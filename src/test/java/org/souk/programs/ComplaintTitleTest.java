package org.souk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The complaint page names the solution as the catalog does. */
class ComplaintTitleTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    SolutionCards cards;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;

    @Test
    void theComplaintPageIsTitledWithTheSolutionsName() throws Exception {
        PartnerLogin partner = approvedPartner("complained");
        SoukUser owner = (SoukUser) users.loadUserByUsername(partner.email());
        String code = solutions.add(owner, new NewSolution("named_app", "global", TechnologyType.REST_API)).solution()
                .code();
        cards.update(owner, code, new CardPatch(List.of(), List.of(), Map.of("en", new CardText("Friendly Invoices",
                "Sends invoices.", null, null, null, null)), null, null, null, null, null, null));
        revisions.publish(revisions.freeze(code).id());

        String page = mvc.perform(get("/apps/" + code + "/complaint")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<title>Complain about Friendly Invoices</title>")
                .doesNotContain("Complain about " + code);
    }
}
