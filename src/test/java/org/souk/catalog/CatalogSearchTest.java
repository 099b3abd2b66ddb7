package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.solution.Revisions;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A visitor finds published solutions by words (both languages, typos, beginnings) and narrows them down. */
class CatalogSearchTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    CatalogFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CatalogFixture(api, mvc, revisions);
    }

    private List<String> codes(String query) {
        Api.Response found = api.get("/api/v1/catalog/solutions?" + query, null);
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (JsonNode item : found.body().path("items")) {
            codes.add(item.path("code").asString());
        }
        return codes;
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedSolutionIsFoundByItsWordsInEnglishAndRussianAtOnce() {
        PartnerLogin partner = approvedPartner("find");
        String code = fixture.add(partner, new CatalogFixture.CardSpec("reminders", Map.of(
                "en", CatalogFixture.text("Invoice Reminders", "Reminds customers about unpaid invoices.",
                        "invoicing, reminders, payments"),
                "ru", CatalogFixture.text("Напоминания о счетах", "Напоминает клиентам о неоплаченных счетах.",
                        "счета, напоминания, оплата")),
                List.of("integrations.payments"), List.of("payments"), "FREE"));
        String only = "&partner=" + partner.code();
        assertThat(codes(q("invoice") + only)).isEmpty();

        fixture.publish(code);

        // U-03: searchable as soon as the publication committed; stemming per language
        assertThat(codes(q("invoices") + only)).containsExactly(code);
        assertThat(codes(q("напоминание") + only)).containsExactly(code);
        assertThat(codes(q("неоплаченный счёт") + only)).containsExactly(code);
        // a typo, the beginning of a word as the visitor types, the partner's name
        assertThat(codes(q("invioces") + only)).containsExactly(code);
        assertThat(codes(q("remi") + only)).containsExactly(code);
        assertThat(codes(q("напом") + only)).containsExactly(code);
        assertThat(codes(q("Test Company") + only)).containsExactly(code);
        // the exact code comes first among all solutions
        assertThat(codes(q(code)).get(0)).isEqualTo(code);
        assertThat(codes(q("zzqqxxjjkk") + only)).isEmpty();

        JsonNode ru = api.get("/api/v1/catalog/solutions?lang=ru&" + q("счета") + only, null).body();
        assertThat(ru.path("total").asLong()).isEqualTo(1);
        assertThat(ru.path("items").get(0).path("title").asString()).isEqualTo("Напоминания о счетах");
        assertThat(ru.path("items").get(0).path("language").asString()).isEqualTo("ru");
    }

    @Test
    void oneLetterOffStillFindsTheSolutionButExactWordsAreNotFloodedWithLookalikes() {
        PartnerLogin partner = approvedPartner("typo");
        String code = fixture.add(partner, new CatalogFixture.CardSpec("typos", Map.of(
                "en", CatalogFixture.text("Invoice Reminders", "Sends a reminder for each unpaid invoice.",
                        "invoice, reminders"),
                "ru", CatalogFixture.text("Напоминания о счетах", "Напоминает клиентам о неоплаченных счетах.",
                        "счета, напоминания")),
                List.of("integrations.payments"), List.of("payments"), "FREE"));
        String lookalike = fixture.add(partner, new CatalogFixture.CardSpec("lookalike", Map.of(
                "en", CatalogFixture.text("Invite Remainders", "Invites what remains.", "invite, remainders")),
                List.of("integrations.sms"), List.of("sms"), "FREE"));
        fixture.publish(code);
        fixture.publish(lookalike);
        String only = "&partner=" + partner.code();

        // a letter left out, one too many, one replaced; in English and in Russian
        for (String typo : List.of("remnders", "remnder", "invoce", "reminderss", "invoise", "напоминаня",
                "напомминания", "напаминания", "счедах")) {
            assertThat(codes(q(typo) + only)).as(typo).contains(code);
        }
        // the exact word finds only its solution, not the one a letter or two away
        assertThat(codes(q("reminders") + only)).containsExactly(code);
        assertThat(codes(q("remainders") + only)).containsExactly(lookalike);
        // short words are taken as typed
        assertThat(codes(q("invo") + only)).containsExactly(code);
        assertThat(codes(q("zzqqxxjjkk") + only)).isEmpty();
    }

    @Test
    void filtersSortsAndTheExactCodeNarrowAndOrderTheResults() {
        PartnerLogin partner = approvedPartner("order");
        String older = fixture.add(partner, new CatalogFixture.CardSpec("older", Map.of(
                "en", CatalogFixture.text("Calls Tracker", "Tracks calls.", "calls")),
                List.of("integrations.telephony"), List.of("telephony"), "FREE"));
        String newer = fixture.add(partner, new CatalogFixture.CardSpec("newer", Map.of(
                "en", CatalogFixture.text("Calls Recorder", "Records calls and tracks them.", "calls")),
                List.of("integrations.sms"), List.of("sms"), "EXTERNAL_SERVICE_PAID"));
        fixture.publish(older);
        fixture.publish(newer);
        String only = "&partner=" + partner.code();

        assertThat(codes(q("calls") + only + "&sort=newest")).containsExactly(newer, older);
        assertThat(codes(q("calls") + only + "&category=integrations.telephony")).containsExactly(older);
        assertThat(codes(q("calls") + only + "&category=integrations")).containsExactlyInAnyOrder(older, newer);
        assertThat(codes(q("calls") + only + "&tag=sms")).containsExactly(newer);
        assertThat(codes(q("calls") + only + "&pricing=free")).containsExactly(older);
        // the title weighs more than the short description
        assertThat(codes(q("tracker") + only)).containsExactly(older);
        assertThat(codes(q(newer)).get(0)).isEqualTo(newer);
    }
}
