package org.souk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.outbound.OutboundAllowList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole market on a random port, a real database (H2, or PostgreSQL in CI's second pass) and a
 * real SMTP server. One Spring context for every test class: tests make their own, unique data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "admin@souk.test";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "partner-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    /**
     * Resolved while the context is built, whichever test class builds it first (a static initializer
     * of this class may run only after JUnit's class callbacks have started the context).
     */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", TestMail::port);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    /** The guarded client's allow-list: tests add the host:port of the servers they start for Souk to call. */
    @Autowired
    protected OutboundAllowList outbound;

    protected Api api;

    @Autowired
    private DemoSolution demoSolution;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private UserAccounts userAccounts;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    /**
     * What a partner reads on a page is sentences: the rules are small tags after them, never "C-01: …" or
     * "(C-11)" written into the words (the visible text, not the tags' titles).
     */
    protected static void assertRulesAreTags(String html, String page) {
        org.assertj.core.api.Assertions.assertThat(org.jsoup.Jsoup.parse(html).body().text()).as(page)
                .doesNotContainPattern("\\b[A-Z]-\\d{2}: ").doesNotContainPattern("\\([A-Z]-\\d{2}\\)");
    }

    /** A partner code no other test (nor an earlier run on the same database) has used. */
    protected static String uniqueCode(String prefix) {
        return prefix + "_" + RUN + "_" + SEQUENCE.incrementAndGet();
    }

    /** A complete, valid registration of P-01 for the given code. */
    protected static Map<String, Object> registration(String code) {
        Map<String, Object> form = new HashMap<>();
        form.put("firstName", "Ada");
        form.put("lastName", "Tester");
        form.put("email", code + "@partners.example.com");
        form.put("phone", "+1 555 0123");
        form.put("partnerCode", code);
        form.put("companyName", "Test Company " + code);
        form.put("companyWebsite", "https://" + code.replace('_', '-') + ".example.com");
        form.put("comment", "We plan CRM integrations.");
        form.put("password", PASSWORD);
        form.put("consent", true);
        return form;
    }

    /** A newly registered partner, through the public API, and a token of its owner. */
    protected PartnerLogin registerPartner(String prefix) {
        String code = uniqueCode(prefix);
        Map<String, Object> form = registration(code);
        Api.Response response = api.post("/api/v1/partners", form, null);
        if (response.status() != 201) {
            throw new AssertionError("registration failed: " + response.status() + " " + response.body());
        }
        String email = (String) form.get("email");
        return new PartnerLogin(code, email, api.token(email, PASSWORD));
    }

    protected PartnerLogin approvedPartner(String prefix) {
        PartnerLogin partner = registerPartner(prefix);
        Api.Response approval = api.post("/api/v1/admin/partners/" + partner.code() + "/approval", Map.of(),
                adminToken());
        if (approval.status() != 200) {
            throw new AssertionError("approval failed: " + approval.status() + " " + approval.body());
        }
        return partner;
    }

    /** Signs in through the login form, as a browser does, and returns the session. */
    protected MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("/login")) {
            throw new AssertionError("sign-in of " + email + " failed: redirected to " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A page as the signed-in user of the session reads it (200 expected), its HTML. */
    protected String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** What moderation tests start from: a partner that may submit, a complete solution, moderators. */
    protected ModerationFixture moderationFixture() {
        return new ModerationFixture(api, demoSolution, userDetails, userAccounts, outbound);
    }

    protected String adminToken() {
        return api.token(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public record PartnerLogin(String code, String email, String token) {
    }
}
