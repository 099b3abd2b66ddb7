package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.NewSolution;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionCards;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The moderators' pages as a moderator reads them: the review with its section index, its decision controls and
 * fields that take a remark (no field path typed), a decision shown afterwards with its comment and remarks, a
 * refused decision that keeps what was written; chats named by partner and region, complaints by the app; the
 * numbers page. And the partner's side of a return: the e-mail names each remarked field as the form labels it.
 */
class ModeratorPagesWordsTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Solutions solutions;
    @Autowired
    SolutionCards cards;
    @Autowired
    Revisions revisions;

    private record Claimed(PartnerLogin partner, String code, long id, String moderatorEmail, MockHttpSession moderator) {
    }

    private Claimed claimedSubmission(String prefix) throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner(prefix);
        ModerationFixture.Submitted submitted = fixture.submitted(partner, prefix + "_app");
        String email = uniqueCode(prefix + "mod") + "@souk.test";
        fixture.moderator(email);
        MockHttpSession moderator = signIn(email, PASSWORD);
        mvc.perform(post("/moderation/submissions/" + submitted.id() + "/claim").with(csrf()).session(moderator))
                .andExpect(status().is3xxRedirection());
        return new Claimed(partner, submitted.code(), submitted.id(), email, moderator);
    }

    @Test
    void theReviewHasAnIndexControlsInReachAndFieldsThatTakeARemark() throws Exception {
        Claimed c = claimedSubmission("reviewed");
        String review = html(c.moderator(), "/moderation/submissions/" + c.id());

        // a section index and the three decisions in the bar that stays in reach, sending the decision form
        assertThat(review).contains("id=\"review-index\"").contains("href=\"#diff\"").contains("href=\"#card\"")
                .contains("href=\"#report\"").contains("href=\"#decision\"").contains("id=\"decision-bar\"")
                .contains("form=\"decision-form\" name=\"outcome\" value=\"approve\"")
                .contains("form=\"decision-form\" name=\"outcome\" value=\"return\"")
                .contains("form=\"decision-form\" name=\"outcome\" value=\"refuse\"")
                .contains("id=\"decision-confirm\"");
        // a remark is attached by clicking a field, named as the form labels it; no path is typed by hand
        assertThat(review).contains("data-remark-field=\"card.texts.en.installation\"")
                .contains("data-remark-label=\"Installation (English)\"")
                .doesNotContain("list=\"fields\"").doesNotContain("name=\"field.1\"");
        // the diff of a new solution lists what the card has, never an empty row
        assertThat(emptyDiffRows(review)).isEmpty();
        assertThat(review).contains("id=\"diff-card.texts.en.title\"");
    }

    /** The ids of the diff's rows whose change cell shows nothing. */
    private static List<String> emptyDiffRows(String html) {
        Matcher row = Pattern.compile("<tr id=\"(diff-[^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        List<String> empty = new java.util.ArrayList<>();
        while (row.find()) {
            String cell = row.group(2).replaceAll("(?s).*<td[^>]*>", "").replaceAll("<[^>]+>", "").strip();
            if (cell.isEmpty() && !row.group(2).contains("<img")) {
                empty.add(row.group(1));
            }
        }
        return empty;
    }

    @Test
    void aDecisionIsShownOnTheReviewWithItsCommentAndRemarksAndTheEmailNamesTheFields() throws Exception {
        Claimed c = claimedSubmission("decided");
        MvcResult done = mvc.perform(post("/moderation/submissions/" + c.id() + "/decision").with(csrf())
                .session(c.moderator()).param("outcome", "return").param("comment", "Name the settings page.")
                .param("field.r1", "card.texts.en.installation").param("remark.r1", "Where is the key entered?")
                .param("checklist[C-01]", "pass")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).endsWith("#outcome");
        assertThat((String) done.getFlashMap().get("notice")).startsWith("Returned for revision: the partner is told");

        String review = html(c.moderator(), "/moderation/submissions/" + c.id());
        assertThat(review).contains("id=\"outcome\"").contains("Returned for revision by " + c.moderatorEmail())
                .contains("Name the settings page.").contains("Installation (English)")
                .contains("Where is the key entered?").contains("C-01 pass")
                // decided: no controls left to press
                .doesNotContain("id=\"decision-bar\"").doesNotContain("id=\"decision-form\"");

        String mail = TestMail.body(TestMail.await(c.partner().email(), "returned for revision"));
        assertThat(mail).contains("Name the settings page.").contains("- Installation (English): Where is the key entered?")
                .doesNotContain("card.texts.en.installation");
    }

    @Test
    void aRefusedDecisionKeepsTheCommentRemarksAndChecklist() throws Exception {
        Claimed c = claimedSubmission("kept");
        MvcResult refused = mvc.perform(post("/moderation/submissions/" + c.id() + "/decision").with(csrf())
                .session(c.moderator()).param("outcome", "return").param("comment", " ")
                .param("field.r1", "card.texts.en.support").param("remark.r1", "Give an e-mail address.")
                .param("checklist[C-01]", "fail")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#decision");
        assertThat((String) refused.getFlashMap().get("error")).contains("a return needs a comment")
                .doesNotContain("comment: M-04 M-04");
        MockHttpSession session = c.moderator();
        String review = mvc.perform(get("/moderation/submissions/" + c.id()).session(session)
                .flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(review).contains("Give an e-mail address.").contains("Remark on “Support (English)”")
                .containsPattern("id=\"c-C-01-fail\"[^>]*checked");
    }

    @Test
    void chatsAreNamedByPartnerAndRegion() throws Exception {
        Claimed c = claimedSubmission("talked");
        MockHttpSession partner = signIn(c.partner().email(), PASSWORD);
        mvc.perform(post("/partner/chats/global").with(csrf()).session(partner).param("body", "Is anything missing?"))
                .andExpect(status().is3xxRedirection());

        String list = html(c.moderator(), "/moderation/chats");
        assertThat(list).contains(">Global</span>").doesNotContain(" · global");
        String thread = html(c.moderator(), "/moderation/chats/" + c.partner().code() + "/global");
        assertThat(thread).containsPattern("<h1 [^>]*id=\"thread-title\"[^>]*>Test Company " + c.partner().code()
                + " — region Global</h1>").contains("<title>Test Company " + c.partner().code() + " — region Global")
                .contains("Is anything missing?");
    }

    @Test
    void complaintsNameTheAppAndLabelTheirBoxes() throws Exception {
        PartnerLogin partner = approvedPartner("complainedof");
        SoukUser owner = (SoukUser) users.loadUserByUsername(partner.email());
        String code = solutions.add(owner, new NewSolution("labelled_app", "global", TechnologyType.REST_API))
                .solution().code();
        cards.update(owner, code, new CardPatch(List.of(), List.of(), Map.of("en", new CardText("Tidy Ledger",
                "Keeps the books.", null, null, null, null)), null, null, null, null, null, null));
        revisions.publish(revisions.freeze(code).id());
        mvc.perform(post("/apps/" + code + "/complaint").with(csrf()).param("reason", "DOES_NOT_WORK")
                .param("text", "The export button does nothing.")).andExpect(status().is3xxRedirection());

        String email = uniqueCode("complaintmod") + "@souk.test";
        new ModerationFixture(api, demo, users, accounts, outbound).moderator(email);
        String complaints = html(signIn(email, PASSWORD), "/moderation/complaints?region=global");
        Matcher article = Pattern.compile("<article [^>]*>(?:(?!</article>).)*The export button does nothing\\."
                + "(?:(?!</article>).)*</article>", Pattern.DOTALL).matcher(complaints);
        assertThat(article.find()).as("the complaint's row").isTrue();
        String row = article.group();
        assertThat(row).contains(">Tidy Ledger</a>").contains("Global")
                .containsPattern("<label [^>]*for=\"ask-\\d+\"[^>]*>Question to the partner")
                .containsPattern("<label [^>]*for=\"remove-\\d+\"[^>]*>Reason for the removal");
    }

    @Test
    void moderatorsReachTheirNumbersFromTheirTabs() throws Exception {
        String email = uniqueCode("numbersmod") + "@souk.test";
        new ModerationFixture(api, demo, users, accounts, outbound).moderator(email);
        MockHttpSession moderator = signIn(email, PASSWORD);
        assertThat(html(moderator, "/moderation")).contains("href=\"/moderation/stats\"");
        assertThat(html(moderator, "/moderation/stats")).contains("<h1 class=\"h4\">Numbers of moderation</h1>");
    }
}
