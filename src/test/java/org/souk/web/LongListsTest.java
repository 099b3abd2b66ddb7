package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.notify.Notifications;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The long lists of the HTML pages come a page at a time, read so by the database: the first page holds the page
 * size, its "Next" link leads to the rest with the filters kept, a page past the end shows the last one, the size
 * the address asks is bounded, and the statement that lists the rows asks for one page (the SQL is recorded).
 */
class LongListsTest extends IntegrationTest {

    /** A LIMIT/OFFSET or FETCH FIRST clause, however the dialect words it. */
    private static final Pattern ONE_PAGE = Pattern.compile("(?is).*\\b(fetch\\s+(first|next)|limit)\\b.*");

    @Autowired
    private Notifications notifications;
    @Autowired
    private UserAccounts accounts;

    /** A page as read: its HTML and the SQL Hibernate sent for it. */
    private record Read(Document page, List<String> sql) {

        List<String> ids(String prefix) {
            return page.select("[id^=" + prefix + "]").eachAttr("id");
        }

        String pager() {
            return page.select("nav.souk-pager").text();
        }

        /** The address of the next page, relative ("?page=1&..."), or null on the last one. */
        String next() {
            Element link = page.selectFirst("nav.souk-pager a[rel=next]");
            return link == null ? null : link.attr("href");
        }

        /** The statements that read the given table (its rows, not a count). */
        List<String> reading(String table) {
            Pattern from = Pattern.compile("(?is)^select\\s+(?!count).*\\bfrom\\s+" + table + "\\s.*");
            return sql.stream().filter(s -> from.matcher(s).matches()).toList();
        }
    }

    private Read read(MockHttpSession session, String path) throws Exception {
        String[] html = new String[1];
        List<String> sql = SqlStatements.during(() -> html[0] = html(session, path));
        return new Read(Jsoup.parse(html[0]), sql);
    }

    /** Every row of the list, page after page, following the "Next" links from the first page. */
    private List<String> walk(MockHttpSession session, String path, String rowPrefix) throws Exception {
        List<String> rows = new ArrayList<>();
        String base = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String at = path;
        for (int pages = 0; at != null; pages++) {
            assertThat(pages).as("pages of " + path).isLessThan(200);
            Read page = read(session, at);
            rows.addAll(page.ids(rowPrefix));
            at = page.next() == null ? null : base + page.next();
        }
        return rows;
    }

    private static void assertReadsOnePage(Read read, String table) {
        assertThat(read.reading(table)).as("statements reading " + table + ": " + read.sql()).isNotEmpty()
                .anySatisfy(sql -> assertThat(sql).matches(ONE_PAGE));
    }

    @Test
    void thePartnersSolutionsComeTwentyAtATime() throws Exception {
        PartnerLogin partner = approvedPartner("lists");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "list_app_" + i, "region", "global",
                    "type", "REST_API"), partner.token());
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            codes.add("solution-" + created.text("code"));
        }
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        Read first = read(session, "/partner/solutions");
        assertThat(first.ids("solution-")).hasSize(20);
        assertThat(first.pager()).contains("Page 1 of 2").contains("Total: 23");
        assertThat(first.page.select("nav.souk-pager").attr("aria-label")).isEqualTo("Pages");
        assertThat(first.page.select("nav.souk-pager [aria-current=page]").text()).isEqualTo("Page 1 of 2");
        assertThat(first.page.select("nav.souk-pager a[rel=prev]")).isEmpty();
        assertThat(first.next()).isEqualTo("?page=1");
        // the list's statement asks for one page (then a count); none reads the partner's solutions without a limit
        assertThat(first.sql().stream().filter(s -> s.matches("(?is)select\\s+(?!count\\().*\\bfrom\\s+solution\\s+\\w+\\s+where\\s+\\w+\\.partner_id=\\?.*")))
                .isNotEmpty().allSatisfy(sql -> assertThat(sql).matches(ONE_PAGE));

        Read second = read(session, "/partner/solutions" + first.next());
        assertThat(second.ids("solution-")).hasSize(3).doesNotContainAnyElementsOf(first.ids("solution-"));
        assertThat(second.pager()).contains("Page 2 of 2");
        assertThat(second.next()).isNull();
        assertThat(second.page.select("nav.souk-pager a[rel=prev]").attr("href")).isEqualTo("?page=0");
        assertThat(walk(session, "/partner/solutions", "solution-")).containsExactlyInAnyOrderElementsOf(codes);

        // the size is the address's, kept by the links, and bounded; a page past the end shows the last one
        Read five = read(session, "/partner/solutions?size=5");
        assertThat(five.ids("solution-")).hasSize(5);
        // the drafts of a page are read together: twenty lines cost the statements five do (it was 8 a line)
        assertThat(read(session, "/partner/solutions").sql()).hasSameSizeAs(five.sql());
        assertThat(five.next()).isEqualTo("?page=1&size=5");
        assertThat(read(session, "/partner/solutions?page=99").ids("solution-")).isEqualTo(second.ids("solution-"));
        assertThat(read(session, "/partner/solutions?page=2147483647&size=5").pager()).contains("Page 5 of 5");
        assertThat(read(session, "/partner/solutions?page=-4&size=0").pager()).contains("Page 1 of 23");
        Read all = read(session, "/partner/solutions?size=100000");
        assertThat(all.ids("solution-")).hasSize(23);
        assertThat(all.pager()).isEmpty();

        // Russian
        String russian = mvc.perform(get("/partner/solutions").session(session).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(russian).select("nav.souk-pager").text()).contains("Страница 1 из 2")
                .contains("Всего: 23").contains("Следующая");
    }

    @Test
    void aPartnerWithoutSolutionsSeesTheInvitationNotAPager() throws Exception {
        PartnerLogin partner = approvedPartner("nolists");
        Read page = read(signIn(partner.email(), PASSWORD), "/partner/solutions?page=3");
        assertThat(page.page.getElementById("no-solutions")).isNotNull();
        assertThat(page.pager()).isEmpty();
    }

    @Test
    void notificationsKeepTheSizeAcrossPages() throws Exception {
        PartnerLogin partner = registerPartner("listnote");
        long userId = moderationFixture().user(partner.email()).id();
        for (int i = 0; i < 7; i++) {
            notifications.add(userId, "Lists notice " + i, "/partner");
        }
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        Read first = read(session, "/notifications?size=5");
        assertThat(first.page.select("main li.list-group-item")).hasSize(5);
        assertThat(first.page.select("main li.list-group-item").first().text()).contains("Lists notice 6");
        assertThat(first.pager()).contains("Page 1 of 2").contains("Total: 7");
        assertThat(first.next()).isEqualTo("?page=1&size=5");
        assertReadsOnePage(first, "notification");

        Read second = read(session, "/notifications" + first.next());
        assertThat(second.page.select("main li.list-group-item").eachText()).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("Lists notice 0"));
        assertThat(read(session, "/notifications?page=40&size=5").pager()).contains("Page 2 of 2");
        assertThat(read(session, "/notifications?page=40&size=5").page.select("main li.list-group-item")).hasSize(2);
    }

    @Test
    void theAdministratorsStaffListIsPagedAndKeepsTheSize() throws Exception {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String email = uniqueCode("liststaff") + "@staff.example.com";
            mine.add("staff-" + accounts.create(new NewUser(email, "List", "Staff " + i, PASSWORD, Role.MODERATOR))
                    .id());
        }
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Read first = read(admin, "/admin/users?size=3");
        assertThat(first.ids("staff-")).hasSize(3);
        assertThat(first.next()).isEqualTo("?page=1&size=3");
        assertReadsOnePage(first, "app_user");
        List<String> all = walk(admin, "/admin/users?size=3", "staff-");
        assertThat(all).containsAll(mine).doesNotHaveDuplicates();
        assertThat(first.pager()).contains("Total: " + all.size());
    }

    @Test
    void theAuditLogIsReadAPageAtATimeNewestFirst() throws Exception {
        String email = uniqueCode("listaudit") + "@staff.example.com";
        Api.Response invited = api.post("/api/v1/admin/users",
                Map.of("email", email, "firstName", "Audit", "lastName", "Trail", "role", "MODERATOR"), adminToken());
        assertThat(invited.status()).isEqualTo(201);
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Read first = read(admin, "/admin/audit?size=5");
        assertThat(first.page.select("#audit > li")).hasSize(5);
        assertThat(first.page.select("#audit").text()).contains("admin@souk.test");
        assertThat(first.next()).isEqualTo("?page=1&size=5");
        assertThat(first.pager()).containsPattern("Page 1 of \\d+").containsPattern("Total: \\d+");
        assertReadsOnePage(first, "audit_event");
        Read second = read(admin, "/admin/audit" + first.next());
        assertThat(second.page.select("#audit > li")).hasSize(5);
        assertThat(second.pager()).containsPattern("Page 2 of \\d+");
        // an address past the end: the last page, not an error
        assertThat(read(admin, "/admin/audit?page=2147483647").page.select("#audit > li")).isNotEmpty();
        // the log is the administrator's
        PartnerLogin partner = registerPartner("listaudit");
        mvc.perform(get("/admin/audit").session(signIn(partner.email(), PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theModerationQueueIsPagedWithItsRegionKept() throws Exception {
        ModerationFixture fixture = moderationFixture();
        PartnerLogin partner = approvedPartner("listqueue");
        fixture.signAgreements(partner);
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = fixture.solutionInGlobalOnly(partner, "queued_" + i);
            Api.Response submission = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
            assertThat(submission.status()).isEqualTo(201);
            submitted.add(submission.body().path("id").asLong());
        }
        String moderatorEmail = uniqueCode("listmod") + "@souk.test";
        fixture.moderator(moderatorEmail);
        MockHttpSession moderator = signIn(moderatorEmail, PASSWORD);

        Read first = read(moderator, "/moderation?region=global&size=2");
        assertThat(first.page.select("a[href^=/moderation/submissions/]")).hasSize(2);
        assertThat(first.next()).isEqualTo("?page=1&region=global&size=2");
        assertReadsOnePage(first, "moderation_submission");
        List<String> links = new ArrayList<>();
        for (String at = "/moderation?region=global&size=2"; at != null; ) {
            Read page = read(moderator, at);
            links.addAll(page.page.select("a[href^=/moderation/submissions/]").eachAttr("href"));
            at = page.next() == null ? null : "/moderation" + page.next();
        }
        assertThat(links).doesNotHaveDuplicates()
                .containsAll(submitted.stream().map(id -> "/moderation/submissions/" + id).toList());
    }
}
