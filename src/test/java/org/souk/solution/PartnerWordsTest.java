package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a partner reads on the developer's area pages, in the page and in its source: no HTML comments naming
 * rules, a refused upload as a sentence with its rule as a tag.
 */
class PartnerWordsTest extends IntegrationTest {

    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z](?:-[A-Z]+)?-\\d+\\b");

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    @Test
    void thePagesSourceHasNoCommentsNamingRules() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("sourced");
        String code = fixture.solution(partner, "sourced_app");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        for (String path : List.of("/partner/solutions", "/partner/solutions/" + code,
                "/partner/solutions/" + code + "/card", "/partner/solutions/" + code + "/versions/1",
                "/partner/solutions/" + code + "/keys", "/partner/solutions/" + code + "/moderation",
                "/partner/programs", "/partner/chats")) {
            String source = html(session, path);
            var comments = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL).matcher(source);
            while (comments.find()) {
                assertThat(RULE_ID.matcher(comments.group(1)).find()).as("a comment naming a rule in " + path + ": "
                        + comments.group()).isFalse();
            }
        }
    }

    @Test
    void aRefusedIconReadsAsASentenceWithItsRuleAsATag() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("iconed");
        String code = fixture.solution(partner, "iconed_app");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        MvcResult upload = mvc.perform(multipart("/partner/solutions/" + code + "/card/icon")
                .file(new MockMultipartFile("file", "icon.png", "image/png", new byte[] { 1, 2, 3 })).with(csrf())
                .session(session)).andExpect(status().is3xxRedirection()).andReturn();
        String card = mvc.perform(get("/partner/solutions/" + code + "/card").session(session)
                .flashAttrs(upload.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String errors = card.substring(card.indexOf("id=\"icon-error\""));
        errors = errors.substring(0, errors.indexOf("</div>\n</div>") > 0 ? errors.indexOf("</div>\n</div>")
                : Math.min(errors.length(), 2000));
        assertThat(errors).contains("href=\"/rules/C-19\"").doesNotContain(">C-19: ");
    }
}
