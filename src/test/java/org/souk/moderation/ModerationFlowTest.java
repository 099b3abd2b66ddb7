package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * The whole loop of moderation through the API, as a partner's CI and a moderator's script would drive it:
 * submit, refused for a blocker, fixed, queued, claimed, returned with a comment, answered in the chat,
 * resubmitted at the end of the queue, approved and published; a second version; cancellations; takedowns.
 */
class ModerationFlowTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Revisions revisions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ModerationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(api, demo, users, accounts, outbound);
    }

    private PartnerLogin readyPartner(String prefix) {
        PartnerLogin partner = approvedPartner(prefix);
        fixture.signAgreements(partner);
        return partner;
    }

    private static Map<String, Object> shortDescription(String text) {
        Map<String, Object> en = new HashMap<>();
        en.put("title", "SMS Reminders");
        en.put("shortDescription", text);
        en.put("fullDescription", "<p>The app sends SMS reminders about upcoming deals through the "
                + "<a href=\"https://gateway.example.com/\">Example SMS gateway</a> you connect.</p>"
                + "<p>Limits: no more than 1000 messages a day on the free plan of the gateway.</p>");
        en.put("keywords", "sms, reminders, deals, notifications");
        en.put("installation", "Open the app, enter the gateway key, choose the deal stages that send a reminder.");
        en.put("support", "E-mail support@widgets.example.com, Mon-Fri 9:00-18:00 UTC, answers within one business day.");
        return Map.of("texts", Map.of("en", en));
    }

    @Test
    void aSubmissionGoesThroughTheWholeLoopAndIsPublished() throws Exception {
        PartnerLogin partner = readyPartner("modloop");
        String code = fixture.solution(partner, "loop_app");
        String mona = fixture.moderator(uniqueCode("mona") + "@souk.test");
        String milo = fixture.moderator(uniqueCode("milo") + "@souk.test");

        // refused while the checks find a blocker (M-01), every finding named with its rule and field (M-02)
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", shortDescription(""), partner.token()).status())
                .isEqualTo(200);
        Api.Response refused = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.violations()).anyMatch(v -> v.contains("card.texts.en.shortDescription"));
        assertThat(api.get("/api/v1/solutions/" + code + "/submission-readiness", partner.token()).body().toString())
                .contains("card.texts.en.shortDescription");

        // fixed and submitted: queued, read-only (S-08)
        api.patch("/api/v1/solutions/" + code + "/card",
                shortDescription("Sends SMS reminders about upcoming deals to your customers."), partner.token());
        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        long first = submitted.body().path("id").asLong();
        assertThat(submitted.text("status")).isEqualTo("queued");
        assertThat(submitted.text("kind")).isEqualTo("new_solution");
        assertThat(submitted.body().path("position").asInt()).isPositive();
        assertThat(submitted.text("expectedBy")).isNotBlank();
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", shortDescription("Changed while queued."),
                partner.token()).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("on_moderation");

        // the queue shows it with its due date; one moderator at a time
        assertThat(queueIds(mona)).contains(first);
        assertThat(api.post("/api/v1/moderation/submissions/" + first + "/claim", Map.of(), mona).status())
                .isEqualTo(200);
        Api.Response taken = api.post("/api/v1/moderation/submissions/" + first + "/claim", Map.of(), milo);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("mona");
        assertThat(api.get("/api/v1/solutions/" + code + "/submissions/current", partner.token()).body()
                .path("inReview").asBoolean()).isTrue();

        // the review has the revision, the check report and the test data; a return needs a comment (M-04)
        JsonNode review = api.get("/api/v1/moderation/submissions/" + first, mona).body();
        assertThat(review.path("revision").path("draft").path("card").path("testData").asString())
                .contains("demo-key-123");
        assertThat(review.path("report").path("findings").isArray()).isTrue();
        assertThat(review.path("diff").toString()).contains("card.texts.en.title");
        assertThat(api.post("/api/v1/moderation/submissions/" + first + "/return", Map.of("comment", " "), mona)
                .violations()).anyMatch(v -> v.contains("M-04"));
        Api.Response returned = api.post("/api/v1/moderation/submissions/" + first + "/return", Map.of(
                "comment", "[C-17] Say where the gateway key is entered.",
                "fieldComments", List.of(Map.of("field", "card.texts.en.installation",
                        "comment", "Name the settings page."))), mona);
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(returned.text("status")).isEqualTo("returned");
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("returned");
        JsonNode history = api.get("/api/v1/solutions/" + code + "/submissions", partner.token()).body();
        JsonNode decided = find(history.path("items"), "id", Long.toString(first));
        assertThat(decided.path("comment").asString()).contains("C-17");
        assertThat(decided.path("fieldComments").get(0).path("field").asString())
                .isEqualTo("card.texts.en.installation");
        // the same revision's submission in the Russian region ended with the return (one review per region)
        assertThat(find(history.path("items"), "region", "ru").path("status").asString()).isEqualTo("cancelled");
        // the solution lists its submissions too (api.md)
        assertThat(find(api.get("/api/v1/solutions/" + code, partner.token()).body().path("submissions"), "id",
                Long.toString(first)).path("status").asString()).isEqualTo("returned");
        TestMail.await(partner.email(), "returned for revision");

        // the partner answers in the chat; the moderator sees it unread
        assertThat(api.post("/api/v1/chats/global/messages", Map.of("body", "Fixed: the key is on the Settings tab.",
                "submissionId", first), partner.token()).status()).isEqualTo(201);
        JsonNode threads = api.get("/api/v1/moderation/chats?size=200", mona).body().path("items");
        JsonNode thread = find(threads, "partnerCode", partner.code());
        assertThat(thread.path("unread").asLong()).isEqualTo(1);
        JsonNode messages = api.get("/api/v1/moderation/chats/" + partner.code() + "/global/messages", mona).body();
        assertThat(messages.path("messages").get(0).path("body").asString()).contains("Settings tab");
        assertThat(messages.path("messages").get(0).path("submissionId").asLong()).isEqualTo(first);
        api.post("/api/v1/moderation/chats/" + partner.code() + "/global/messages", Map.of("body", "Thanks, resubmit."),
                mona);
        assertThat(api.get("/api/v1/chats/global/messages", partner.token()).body().path("unread").asLong())
                .isEqualTo(1);

        // resubmitted: at the end of the queue (M-03)
        PartnerLogin other = readyPartner("modother");
        String otherCode = fixture.solution(other, "other_app");
        long waiting = api.post("/api/v1/solutions/" + otherCode + "/submissions", Map.of(), other.token()).body()
                .path("id").asLong();
        Api.Response again = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(again.status()).isEqualTo(201);
        long second = again.body().path("id").asLong();
        List<Long> queue = queueIds(mona);
        assertThat(queue.indexOf(second)).isGreaterThan(queue.indexOf(waiting));
        assertThat(again.body().path("position").asInt()).isGreaterThan(
                api.get("/api/v1/solutions/" + otherCode + "/submissions/current", other.token()).body()
                        .path("position").asInt());

        // approved in the global region: it waits for the Russian region's review
        api.post("/api/v1/moderation/submissions/" + second + "/claim", Map.of(), milo);
        Api.Response approved = api.post("/api/v1/moderation/submissions/" + second + "/approval",
                Map.of("checklist", Map.of("C-01", "pass")), milo);
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(revisions.listing(code)).isEmpty();
        // approved in every region: published at once (U-01), the partner told (M-09)
        fixture.approveEverywhere(second, milo);
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("published");
        assertThat(revisions.listing(code)).isPresent();
        TestMail.await(partner.email(), "passed moderation");
        assertThat(api.get("/api/v1/notifications", partner.token()).body().toString()).contains("passed moderation");

        // a second version waits in the queue while the first stays published (U-05)
        assertThat(api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token()).status())
                .isEqualTo(201);
        api.patch("/api/v1/solutions/" + code + "/versions/2", Map.of("whatsNew", Map.of(
                "en", "Reminders can now be sent a day before the deal closes.",
                "ru", "Напоминания теперь можно отправлять за день до закрытия сделки.")), partner.token());
        Api.Response version = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(201);
        assertThat(version.text("kind")).isEqualTo("new_version");
        assertThat(revisions.listing(code).orElseThrow().revision().versionNumber()).isEqualTo(1);
        long third = version.body().path("id").asLong();
        api.post("/api/v1/moderation/submissions/" + third + "/claim", Map.of(), mona);
        JsonNode diff = api.get("/api/v1/moderation/submissions/" + third, mona).body().path("diff");
        assertThat(diff.toString()).contains("version.whatsNew.en").doesNotContain("card.texts.en.title");
        assertThat(fixture.approveEverywhere(third, mona).status()).isEqualTo(200);
        assertThat(revisions.listing(code).orElseThrow().revision().versionNumber()).isEqualTo(2);

        // removed from the catalog with a reason, then reinstated (M-06)
        assertThat(api.post("/api/v1/moderation/solutions/" + code + "/removal", Map.of("reason", " "), mona)
                .violations()).anyMatch(v -> v.contains("M-06"));
        assertThat(api.post("/api/v1/moderation/solutions/" + code + "/removal",
                Map.of("reason", "Asks for the portal password (F-02)."), mona).status()).isEqualTo(204);
        assertThat(revisions.listing(code)).isEmpty();
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("removed");
        TestMail.await(partner.email(), "removed from the catalog");
        assertThat(api.post("/api/v1/moderation/solutions/" + code + "/reinstatement", Map.of(), mona).status())
                .isEqualTo(204);
        assertThat(revisions.listing(code)).isPresent();
    }

    /** M-10: cancelled on the partner's request, in every region of the solution. */
    @Test
    void aSubmissionIsCancelledAtOnceBeforeAClaimAndOnConfirmationAfterIt() {
        PartnerLogin partner = readyPartner("modcancel");
        String code = fixture.solution(partner, "cancel_app");
        String mona = fixture.moderator(uniqueCode("mona") + "@souk.test");

        long before = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body()
                .path("id").asLong();
        Api.Response withdrawn = api.post("/api/v1/solutions/" + code + "/submissions/current/cancellation",
                Map.of(), partner.token());
        assertThat(withdrawn.text("status")).isEqualTo("cancelled");
        assertThat(queueIds(mona)).doesNotContain(before);
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", shortDescription("Editable again."),
                partner.token()).status()).isEqualTo(200);

        long after = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body()
                .path("id").asLong();
        api.post("/api/v1/moderation/submissions/" + after + "/claim", Map.of(), mona);
        Api.Response asked = api.post("/api/v1/solutions/" + code + "/submissions/current/cancellation", Map.of(),
                partner.token());
        assertThat(asked.text("status")).isEqualTo("in_review");
        assertThat(asked.text("cancelRequestedAt")).isNotBlank();
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", shortDescription("Not yet."), partner.token())
                .status()).isEqualTo(409);
        JsonNode chat = api.get("/api/v1/moderation/chats/" + partner.code() + "/global/messages", mona).body();
        assertThat(chat.path("messages").get(chat.path("messages").size() - 1).path("submissionId").asLong())
                .isEqualTo(after);
        Api.Response confirmed = api.post("/api/v1/moderation/submissions/" + after + "/cancellation", Map.of(), mona);
        assertThat(confirmed.text("status")).isEqualTo("cancelled");
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", shortDescription("Editable once more."),
                partner.token()).status()).isEqualTo(200);
    }

    @Test
    void anExpiredClaimFreesTheSubmissionAndAHiddenSolutionStaysHiddenAfterALaterApproval() {
        PartnerLogin partner = readyPartner("modexpiry");
        String code = fixture.solution(partner, "expiry_app");
        String mona = fixture.moderator(uniqueCode("mona") + "@souk.test");
        String milo = fixture.moderator(uniqueCode("milo") + "@souk.test");
        long id = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body().path("id")
                .asLong();
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), mona).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), milo).status()).isEqualTo(409);
        // mona's claim runs out (souk.moderation.claim-timeout): the submission is free for milo
        jdbc.update("UPDATE moderation_submission SET claim_expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), id);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), milo).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/approval", Map.of(), mona).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/approval", Map.of(), milo).status())
                .isEqualTo(200);
        fixture.approveEverywhere(id, milo);
        assertThat(revisions.listing(code)).isPresent();

        // U-02: unticked "Available in the catalog", a later approval publishes the version but lists nothing
        assertThat(api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", false),
                partner.token()).status()).isEqualTo(200);
        assertThat(revisions.listing(code)).isEmpty();
        api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token());
        api.patch("/api/v1/solutions/" + code + "/versions/2", Map.of("whatsNew", Map.of(
                "en", "Reminders can now be sent a day before the deal closes.",
                "ru", "Напоминания теперь можно отправлять за день до закрытия сделки.")), partner.token());
        long next = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body()
                .path("id").asLong();
        assertThat(fixture.approveEverywhere(next, milo).status()).isEqualTo(200);
        assertThat(revisions.published(code).orElseThrow().versionNumber()).isEqualTo(2);
        assertThat(revisions.listing(code)).isEmpty();
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("hidden");
        api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", true), partner.token());
        assertThat(revisions.listing(code).orElseThrow().revision().versionNumber()).isEqualTo(2);
    }

    @Test
    void aNewChatMessageIsEMailedToWhoeverIsAway() {
        PartnerLogin partner = readyPartner("modmail");
        String mona = fixture.moderator(uniqueCode("mona") + "@souk.test");
        api.post("/api/v1/chats/global/messages", Map.of("body", "Where do we send the test keys?"), partner.token());
        api.post("/api/v1/moderation/chats/" + partner.code() + "/global/messages",
                Map.of("body", "Put them in the Test data field (M-07)."), mona);
        // the partner looked at the chat when writing; ten minutes later it is away
        jdbc.update("UPDATE chat_read SET read_at = ? WHERE partner_id = (SELECT id FROM partner WHERE code = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)), partner.code());
        api.post("/api/v1/moderation/chats/" + partner.code() + "/global/messages",
                Map.of("body", "And the gateway URL, please."), mona);
        var mail = TestMail.await(partner.email(), "New message from Mona Moderator");
        assertThat(TestMail.body(mail)).contains("And the gateway URL, please.").contains("/partner/chats/global");
    }

    @Test
    void submittingNeedsPartnerStatusAndTheAgreementOfTheRegion() {
        PartnerLogin unsigned = approvedPartner("modunsigned");
        String code = fixture.solution(unsigned, "unsigned_app");
        Api.Response refused = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), unsigned.token());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.violations()).anyMatch(v -> v.contains("P-08"));
    }

    @Test
    void ofParallelClaimsExactlyOneWins() throws Exception {
        PartnerLogin partner = readyPartner("modrace");
        String code = fixture.solution(partner, "race_app");
        long id = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body().path("id")
                .asLong();
        List<String> moderators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            moderators.add(fixture.moderator(uniqueCode("racer") + "@souk.test"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(moderators.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String token : moderators) {
            Callable<Integer> claim = () -> {
                start.await();
                return api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), token).status();
            };
            answers.add(pool.submit(claim));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(moderators.size() - 1);
    }

    @Test
    void aPartnerNeverReachesAnotherPartnersSubmissionsOrChat() {
        PartnerLogin owner = readyPartner("modowner");
        PartnerLogin stranger = readyPartner("modstranger");
        String code = fixture.solution(owner, "own_app");
        api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), owner.token());
        api.post("/api/v1/chats/global/messages", Map.of("body", "A private question."), owner.token());

        assertThat(api.get("/api/v1/solutions/" + code + "/submissions", stranger.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/solutions/" + code + "/submissions/current/cancellation", Map.of(),
                stranger.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/chats/global/messages", stranger.token()).body().path("messages")).isEmpty();
        assertThat(api.get("/api/v1/moderation/queue", stranger.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/moderation/chats/" + owner.code() + "/global/messages", stranger.token())
                .status()).isEqualTo(403);
    }

    @Test
    void aRefusalNeedsNoExplanationAndManagersSeeTheNumbers() {
        PartnerLogin partner = readyPartner("modrefuse");
        String code = fixture.solution(partner, "refused_app");
        String monaEmail = uniqueCode("mona") + "@souk.test";
        String mona = fixture.moderator(monaEmail);
        String max = fixture.manager(uniqueCode("max") + "@souk.test");
        long id = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body().path("id")
                .asLong();
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/approval", Map.of(), mona).status())
                .as("a decision needs the claim").isEqualTo(409);
        api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), mona);
        Api.Response refused = api.post("/api/v1/moderation/submissions/" + id + "/refusal", Map.of(), mona);
        assertThat(refused.text("status")).isEqualTo("refused");
        assertThat(refused.body().path("comment").isNull()).isTrue();

        assertThat(api.get("/api/v1/moderation/stats", mona).status()).as("moderators read their numbers too")
                .isEqualTo(200);
        JsonNode stats = api.get("/api/v1/moderation/stats?days=30", max).body();
        JsonNode global = find(stats.path("regions"), "region", "global");
        assertThat(global.path("decided").asLong()).isPositive();
        assertThat(find(stats.path("moderators"), "moderator", monaEmail).path("decisions").asLong()).isEqualTo(1);
    }

    private List<Long> queueIds(String token) {
        List<Long> ids = new ArrayList<>();
        JsonNode page = api.get("/api/v1/moderation/queue?region=global&size=200", token).body();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + items);
    }
}
