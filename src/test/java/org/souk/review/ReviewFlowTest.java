package org.souk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * Issue 15's rules through the API and the pages: only a user of an account on which the solution is or was
 * installed rates it, once (later writes change the one review); the partner replies once (an edit keeps one
 * reply) and the author is told; a report puts the review before the moderators, who hide it, and the author is
 * told by e-mail; a text with a word of the market's offensive list is before the moderators at once.
 */
class ReviewFlowTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    ReviewFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReviewFixture(api, solutions, revisions, users, accounts, adminToken());
    }

    private JsonNode reviews(String code) {
        Api.Response page = api.get("/api/v1/catalog/solutions/" + code + "/reviews", null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body();
    }

    private String staff(Role role) {
        String email = uniqueCode("rmod") + "@souk.test";
        accounts.create(new NewUser(email, "Moe", "Moderator", PASSWORD, role));
        return email;
    }

    @Test
    void onlyAnInstallRatesOncePerUserThePartnerRepliesOnceAndTheAuthorIsTold() throws Exception {
        PartnerLogin partner = approvedPartner("rev");
        PartnerLogin other = approvedPartner("revother");
        String code = fixture.published(partner, "rated_app");
        ReviewFixture.Customer customer = fixture.customer("buyer");
        ReviewFixture.Customer stranger = fixture.customer("stranger");

        // no install, no rating: through the API and the page
        Api.Response refused = fixture.rate(stranger, code, 5, "Looks great from the outside.");
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        assertThat(refused.body().toString()).contains("is or was installed");
        MockHttpSession strangerSession = signIn(stranger.email(), PASSWORD);
        String refusedPage = mvc.perform(get("/reviews/" + code + "/mine").session(strangerSession))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refusedPage).contains("id=\"not-allowed\"").doesNotContain("id=\"review-form\"");
        mvc.perform(post("/reviews/" + code + "/mine").with(csrf()).session(strangerSession).param("rating", "5"))
                .andExpect(status().isForbidden());
        assertThat(reviews(code).path("total").asLong()).isZero();
        // anonymous: the form page asks to sign in
        mvc.perform(get("/reviews/" + code + "/mine")).andExpect(status().is3xxRedirection());

        // installed: the rating is checked, then kept
        fixture.install(customer, code);
        Api.Response noStars = fixture.rate(customer, code, 0, "Fine.");
        assertThat(noStars.status()).isEqualTo(422);
        assertThat(noStars.body().toString()).contains("\"field\":\"rating\"");
        Api.Response tooLong = fixture.rate(customer, code, 4, "x".repeat(Reviews.MAX_TEXT + 1));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().toString()).contains("\"field\":\"text\"");
        Api.Response control = fixture.rate(customer, code, 4, "Bell \u0007 here");
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.body().toString()).contains("U+0007");
        Api.Response first = fixture.rate(customer, code, 4, "  Works well with our deals.  ");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        long id = first.body().path("id").asLong();
        assertThat(first.text("text")).isEqualTo("Works well with our deals.");
        assertThat(first.text("language")).isEqualTo("en");
        assertThat(first.text("author")).isEqualTo("Cleo R.");
        assertThat(first.text("status")).isEqualToIgnoringCase("visible");

        // one per user and solution: the second write changes the same review
        Api.Response second = fixture.rate(customer, code, 5, "Отлично работает со сделками.");
        assertThat(second.body().path("id").asLong()).isEqualTo(id);
        assertThat(second.text("language")).isEqualTo("ru");
        JsonNode page = reviews(code);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("rating").path("count").asLong()).isEqualTo(1);
        assertThat(page.path("rating").path("average").asDouble()).isEqualTo(5.0);
        assertThat(page.path("rating").path("distribution").get(4).asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/solutions/" + code + "/reviews?lang=en", null).body().path("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/solutions/" + code + "/reviews?lang=ru", null).body().path("total").asLong())
                .isEqualTo(1);

        // "or was installed": after the uninstall the customer still changes the review
        assertThat(api.delete("/api/v1/accounts/" + customer.domain() + "/installations/" + code, customer.token())
                .status()).isEqualTo(200);
        assertThat(fixture.rate(customer, code, 5, "Still the best, even after we moved on.").status()).isEqualTo(200);

        // the partner replies once; another partner cannot; the author is told by e-mail and in the app
        Api.Response foreign = api.put("/api/v1/reviews/" + id + "/reply", Map.of("text", "Thanks!"), other.token());
        assertThat(foreign.status()).isEqualTo(403);
        Api.Response empty = api.put("/api/v1/reviews/" + id + "/reply", Map.of("text", " "), partner.token());
        assertThat(empty.status()).isEqualTo(422);
        Api.Response reply = api.put("/api/v1/reviews/" + id + "/reply", Map.of("text", "Thank you, Cleo!"),
                partner.token());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().path("reply").path("text").asString()).isEqualTo("Thank you, Cleo!");
        Message told = TestMail.await(customer.email(), "replied to your review");
        assertThat(TestMail.body(told)).contains("Thank you, Cleo!").contains("/apps/" + code + "#review-" + id);
        assertThat(api.get("/api/v1/notifications", customer.token()).body().toString())
                .contains("replied to your review");
        Api.Response edited = api.put("/api/v1/reviews/" + id + "/reply", Map.of("text", "Thank you again, Cleo!"),
                partner.token());
        assertThat(edited.body().path("reply").path("text").asString()).isEqualTo("Thank you again, Cleo!");
        assertThat(edited.body().path("reply").path("editedAt").isNull()).isFalse();
        JsonNode shown = reviews(code).path("items");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).path("reply").path("text").asString()).isEqualTo("Thank you again, Cleo!");
        // the first reply was told, the edit is not told again
        assertThat(TestMail.awaitFor(customer.email(), 1).stream()
                .filter(m -> TestMail.subject(m).contains("replied to your review")).count()).isEqualTo(1);

        // the page shows the review with its reply; the partner's reviews page lists it
        String app = mvc.perform(get("/apps/" + code)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(app).contains("id=\"review-" + id + "\"").contains("Still the best, even after we moved on.")
                .contains("Thank you again, Cleo!").contains("\"AggregateRating\"");
        MockHttpSession partnerSession = signIn(partner.email(), PASSWORD);
        assertThat(mvc.perform(get("/partner/reviews").session(partnerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"review-" + id + "\"");
    }

    @Test
    void aReportedReviewIsHiddenByAModeratorAndItsAuthorIsToldAndOffensiveWordsAreFlaggedAtOnce() throws Exception {
        PartnerLogin partner = approvedPartner("revmod");
        String code = fixture.published(partner, "reported_app");
        ReviewFixture.Customer author = fixture.customer("author");
        fixture.install(author, code);
        long id = fixture.rate(author, code, 1, "Buy cheap watches at example.net!").body().path("id").asLong();
        ReviewFixture.Customer reader = fixture.customer("reader");
        String moderatorEmail = staff(Role.MODERATOR);
        String moderator = api.token(moderatorEmail, PASSWORD);

        // anyone signed in reports, once; not anonymously, not one's own
        assertThat(api.post("/api/v1/reviews/" + id + "/reports", Map.of("reason", "spam"), null).status())
                .isIn(401, 403);
        assertThat(api.post("/api/v1/reviews/" + id + "/reports", Map.of("reason", "spam"), author.token()).status())
                .isEqualTo(409);
        Api.Response reported = api.post("/api/v1/reviews/" + id + "/reports", Map.of("reason", "spam"),
                reader.token());
        assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/reviews/" + id + "/reports", Map.of("reason", "off_topic"), reader.token())
                .status()).isEqualTo(409);
        JsonNode queued = null;
        for (JsonNode item : api.get("/api/v1/moderation/reviews?size=100", moderator).body().path("items")) {
            if (item.path("review").path("id").asLong() == id) {
                queued = item;
            }
        }
        assertThat(queued).isNotNull();
        assertThat(queued.path("reports").toString().toLowerCase()).isEqualTo("{\"spam\":1}");

        // the moderators' tab beside complaints; the moderator hides it with a reason from the page
        MockHttpSession session = signIn(moderatorEmail, PASSWORD);
        String tab = mvc.perform(get("/moderation/reviews").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(tab).contains("id=\"moderation-" + id + "\"").contains("href=\"/moderation/complaints\"")
                .contains("data-confirm");
        mvc.perform(post("/moderation/reviews/" + id + "/hiding").with(csrf()).session(session)
                .param("reason", "Advertising for another shop.")).andExpect(status().is3xxRedirection());
        assertThat(reviews(code).path("total").asLong()).isZero();
        assertThat(reviews(code).path("rating").path("count").asLong()).isZero();
        assertThat(api.get("/api/v1/reviews/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/solutions/" + code + "/reviews/mine", author.token()).text("status"))
                .isEqualToIgnoringCase("hidden");
        Message told = TestMail.await(author.email(), "is hidden");
        assertThat(TestMail.body(told)).contains("Advertising for another shop.");
        assertThat(mvc.perform(get("/moderation/reviews?view=hidden").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"moderation-" + id + "\"");

        // restored with a reason: visible again, the author told again
        Api.Response restored = api.post("/api/v1/moderation/reviews/" + id + "/restoration",
                Map.of("reason", "The partner asked; the link is gone."), moderator);
        assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
        assertThat(reviews(code).path("total").asLong()).isEqualTo(1);
        TestMail.await(author.email(), "is visible again");
        assertThat(api.post("/api/v1/moderation/reviews/" + id + "/hiding", Map.of("reason", ""), moderator).status())
                .isEqualTo(422);

        // a word of the market's offensive list: before the moderators without any report
        ReviewFixture.Customer rude = fixture.customer("rude");
        fixture.install(rude, code);
        long rudeId = fixture.rate(rude, code, 1, "What a piece of crap.").body().path("id").asLong();
        JsonNode flagged = null;
        for (JsonNode item : api.get("/api/v1/moderation/reviews?size=100", moderator).body().path("items")) {
            if (item.path("review").path("id").asLong() == rudeId) {
                flagged = item;
            }
        }
        assertThat(flagged).isNotNull();
        assertThat(flagged.path("flaggedWords").asString()).isEqualTo("crap");
        assertThat(flagged.path("reports").isEmpty()).isTrue();
        // a partner is no moderator
        assertThat(api.post("/api/v1/moderation/reviews/" + rudeId + "/hiding", Map.of("reason", "no"),
                partner.token()).status()).isEqualTo(403);
    }

    /** The ids of a page of the public reviews API, in its order. */
    private List<Long> ids(String code, String query) {
        JsonNode page = api.get("/api/v1/catalog/solutions/" + code + "/reviews?" + query, null).body();
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    @Test
    void pagesFromEitherEndListEachVisibleReviewOnceNewestFirstAndTheCountsFollowEveryChange() throws Exception {
        PartnerLogin partner = approvedPartner("revpages");
        String code = fixture.published(partner, "paged_app");
        List<Long> newest = new ArrayList<>();
        List<Long> russian = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = fixture.rated(code, 1 + i % 5, i % 3 == 0 ? "Отзыв номер " + i + " о приложении."
                    : i % 4 == 1 ? null : "Review number " + i + " of the app.");
            newest.add(0, id);
            if (i % 3 == 0) {
                russian.add(0, id);
            }
        }
        // a hidden review leaves the pages and the counts
        String moderator = api.token(staff(Role.MODERATOR), PASSWORD);
        long hidden = russian.get(1);
        assertThat(api.post("/api/v1/moderation/reviews/" + hidden + "/hiding", Map.of("reason", "Off topic."),
                moderator).status()).isEqualTo(200);
        newest.remove(hidden);
        russian.remove(hidden);

        // 11 visible in pages of 4: the first counted from the newest, the middle and the last from the oldest
        JsonNode first = reviews(code);
        assertThat(first.path("total").asLong()).isEqualTo(11);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(code, "size=4&page=" + page));
        }
        assertThat(paged).containsExactlyElementsOf(newest);
        assertThat(ids(code, "size=4&page=3")).isEmpty();
        assertThat(api.get("/api/v1/catalog/solutions/" + code + "/reviews?size=4", null).body().path("totalPages")
                .asInt()).isEqualTo(3);
        // in Russian (3 visible), pages of 2
        assertThat(api.get("/api/v1/catalog/solutions/" + code + "/reviews?lang=ru&size=2", null).body().path("total")
                .asLong()).isEqualTo(3);
        List<Long> inRussian = new ArrayList<>(ids(code, "lang=ru&size=2&page=0"));
        inRussian.addAll(ids(code, "lang=ru&size=2&page=1"));
        assertThat(inRussian).containsExactlyElementsOf(russian);

        // stars 1..5 in turn, the hidden one (2 stars) left out; 2 without a text, 3 in Russian
        assertThat(first.path("rating").path("distribution").toString()).isEqualTo("[3,2,2,2,2]");
        assertThat(first.path("languages").toString()).isEqualTo("{\"en\":6,\"ru\":3}");

        // a review changed to another rating and language moves in the counts; the solution page shows them
        ReviewFixture.Customer changer = fixture.customer("changer");
        fixture.install(changer, code);
        fixture.rate(changer, code, 5, "Works well for us.");
        fixture.rate(changer, code, 2, "Теперь работает медленно.");
        JsonNode changed = reviews(code);
        assertThat(changed.path("rating").path("distribution").toString()).isEqualTo("[3,3,2,2,2]");
        assertThat(changed.path("languages").toString()).isEqualTo("{\"en\":6,\"ru\":4}");
        assertThat(changed.path("items").get(0).path("text").asString()).isEqualTo("Теперь работает медленно.");
        assertThat(api.get("/api/v1/catalog/solutions/" + code, null).body().path("ratingCount").asLong())
                .isEqualTo(12);
        // the solution page's second page of 10: the two oldest visible reviews
        String second = mvc.perform(get("/apps/" + code + "?reviewPage=1")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(second).contains("id=\"review-" + newest.get(9) + "\"").contains("id=\"review-" + newest.get(10) + "\"")
                .doesNotContain("id=\"review-" + newest.get(8) + "\"").contains("12 ratings");
        // the pager's "Next" goes on from the oldest review shown: one written meanwhile pushes none of the page
        // just read onto the next (and the next is read from that review's place, however deep)
        String top = mvc.perform(get("/apps/" + code)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher link = Pattern.compile("href=\"([^\"#]*reviewsOlderThan=[^\"#]*)#reviews\"").matcher(top);
        assertThat(link.find()).as("a Next link naming a review").isTrue();
        String next = link.group(1).replace("&amp;", "&");
        assertThat(next).contains("reviewPage=1").contains("reviewsOlderThan=" + newest.get(8));
        ReviewFixture.Customer late = fixture.customer("late");
        fixture.install(late, code);
        fixture.rate(late, code, 4, "Written while the first page was read.");
        String older = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(older).contains("id=\"review-" + newest.get(9) + "\"").contains("id=\"review-" + newest.get(10) + "\"")
                .doesNotContain("id=\"review-" + newest.get(8) + "\"").contains("2 of 2");
        // "Previous" from a deeper page: the ten just newer than its newest review, whatever came since
        String newer = mvc.perform(get("/apps/" + code + "?reviewPage=1&reviewsNewerThan=" + newest.get(10)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(newer).contains("id=\"review-" + newest.get(0) + "\"").contains("id=\"review-" + newest.get(9) + "\"")
                .doesNotContain("id=\"review-" + newest.get(10) + "\"")
                .doesNotContain("Written while the first page was read.");
        // an unknown review (or another solution's) names no place here: the page by its number, counted by offset
        assertThat(mvc.perform(get("/apps/" + code + "?reviewPage=1&reviewsOlderThan=987654321987"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"review-" + newest.get(8) + "\"");

        // the report form's reasons: sent without one, the page says so under the radios, which stay
        MockHttpSession reader = signIn(changer.email(), PASSWORD);
        String form = html(reader, "/reviews/" + newest.get(0) + "/report");
        assertThat(form).contains("<legend class=\"form-label fs-6\">Why do you report it?</legend>")
                .contains("id=\"reason-OFF_TOPIC\"").contains(">Not about this app</label>");
        String refused = mvc.perform(post("/reviews/" + newest.get(0) + "/report").with(csrf()).session(reader))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose why you report the review.").contains("id=\"reason-SPAM\"");
    }
}
