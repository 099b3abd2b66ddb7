package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

/** P-05: an application for partner status shows the date by which it is reviewed (3-4 working days). */
class PartnerReviewDateTest extends IntegrationTest {

    @Test
    void aPendingApplicationShowsItsReviewDateAndAnApprovedOneNone() throws Exception {
        PartnerLogin pending = registerPartner("reviewdate");
        JsonNode me = api.get("/api/v1/partners/me", pending.token()).body();
        LocalDate applied = Instant.parse(me.path("createdAt").asString()).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate by = LocalDate.parse(me.path("reviewBy").asString());
        // four working days after the application: never a weekend, at most six calendar days later
        int working = 0;
        for (LocalDate day = applied.plusDays(1); !day.isAfter(by); day = day.plusDays(1)) {
            working += day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
        }
        assertThat(working).isEqualTo(4);
        assertThat(by.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        MockHttpSession session = signIn(pending.email(), PASSWORD);
        String english = mvc.perform(get("/partner").param("lang", "en").session(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(english).contains("id=\"review-by\"").contains("Expect the answer by")
                .contains(String.valueOf(by.getDayOfMonth())).contains("3–4 working days");
        String russian = mvc.perform(get("/partner").param("lang", "ru").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Ответ придёт не позднее");

        PartnerLogin approved = approvedPartner("reviewed");
        JsonNode reviewed = api.get("/api/v1/partners/me", approved.token()).body().path("reviewBy");
        assertThat(reviewed.isNull() || reviewed.isMissingNode()).as(reviewed.toString()).isTrue();
    }
}
