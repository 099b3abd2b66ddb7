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
}
