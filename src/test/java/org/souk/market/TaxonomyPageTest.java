package org.souk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The market manager's page of categories and tags. */
class TaxonomyPageTest extends MarketManagers {

    private final Taxonomy taxonomy;

    @Autowired
    TaxonomyPageTest(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Test
    void thePageOpensForAManagerInEnglishAndRussian() throws Exception {
        MockHttpSession session = signIn(manager().email(), MANAGER_PASSWORD);
        mvc.perform(get("/manage/taxonomy").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Categories and tags")))
                .andExpect(content().string(Matchers.containsString("href=\"/manage/taxonomy\"")))
                .andExpect(content().string(Matchers.containsString("integrations.telephony")))
                .andExpect(content().string(Matchers.containsString("value=\"Телефония\"")))
                .andExpect(content().string(Matchers.containsString("C-04")))
                .andExpect(content().string(Matchers.containsString("chat_bot")));
        mvc.perform(get("/manage/taxonomy").session(session).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Категории и теги")))
                .andExpect(content().string(Matchers.containsString("Автоматизация")))
                .andExpect(content().string(Matchers.containsString("Добавить тег")));
        // the administrator is a manager too
        mvc.perform(get("/manage/taxonomy").session(signIn(ADMIN_EMAIL, ADMIN_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aManagerAddsAndRenamesThroughTheForms() throws Exception {
        MockHttpSession session = signIn(manager().email(), MANAGER_PASSWORD);
        String tag = uniqueCode("page");
        mvc.perform(post("/manage/taxonomy/tags").with(csrf()).session(session).param("code", tag)
                .param("en", "Page " + tag).param("ru", "Страница " + tag))
                .andExpect(redirectedUrl("/manage/taxonomy"));
        mvc.perform(post("/manage/taxonomy/tags/{code}/names", tag).with(csrf()).session(session)
                .param("en", "Pages " + tag).param("ru", "")).andExpect(redirectedUrl("/manage/taxonomy"));
        assertThat(taxonomy.findTag(tag).orElseThrow().names()).containsExactly(java.util.Map.entry("en", "Pages " + tag));

        String category = "sites." + uniqueCode("landing");
        mvc.perform(post("/manage/taxonomy/categories").with(csrf()).session(session).param("code", category)
                .param("group", "sites").param("en", "Landing " + category).param("ru", "Лендинги " + category)
                .param("gate", "")).andExpect(redirectedUrl("/manage/taxonomy"));
        mvc.perform(post("/manage/taxonomy/categories/{code}/names", category).with(csrf()).session(session)
                .param("en", "Landing pages " + category).param("ru", "Лендинги " + category))
                .andExpect(redirectedUrl("/manage/taxonomy"));
        Category added = taxonomy.findCategory(category).orElseThrow();
        assertThat(added.fullName("en")).isEqualTo("Sites – Landing pages " + category);
        assertThat(added.gate()).isNull();

        // a bad form comes back with its messages and what was typed
        mvc.perform(post("/manage/taxonomy/categories").with(csrf()).session(session).param("code", "wrong")
                .param("group", "sites").param("en", "").param("ru", "Что-то").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Name in English")))
                .andExpect(content().string(Matchers.containsString("is required.")))
                .andExpect(content().string(Matchers.containsString("value=\"Что-то\"")));
        mvc.perform(post("/manage/taxonomy/tags/{code}/names", tag).with(csrf()).session(session).param("en", " ")
                .param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"rename-errors\"")));
    }

    @Test
    void groupsCategoriesAndTagsAreRenamedAndRemovedAlike() throws Exception {
        MockHttpSession session = signIn(manager().email(), MANAGER_PASSWORD);
        String group = uniqueCode("grouped");
        mvc.perform(post("/manage/taxonomy/groups").with(csrf()).session(session).param("code", group)
                .param("en", "Group " + group).param("ru", "")).andExpect(redirectedUrl("/manage/taxonomy"));
        String category = group + ".inner";
        mvc.perform(post("/manage/taxonomy/categories").with(csrf()).session(session).param("code", category)
                .param("group", group).param("en", "Inner " + group).param("gate", ""))
                .andExpect(redirectedUrl("/manage/taxonomy"));
        // an empty group offers its removal; one with categories does not
        String page = mvc.perform(get("/manage/taxonomy").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("action=\"/manage/taxonomy/groups/" + group + "/names\"")
                .contains("action=\"/manage/taxonomy/categories/" + category + "/removal\"")
                .doesNotContain("action=\"/manage/taxonomy/groups/" + group + "/removal\"");

        mvc.perform(post("/manage/taxonomy/groups/{code}/names", group).with(csrf()).session(session)
                .param("en", "Renamed " + group).param("ru", "Группа " + group))
                .andExpect(redirectedUrl("/manage/taxonomy"))
                .andExpect(flash().attribute("notice", "Group " + group + " renamed."));
        assertThat(taxonomy.getGroup(group).names()).containsEntry("ru", "Группа " + group);
        // a group with categories stays, and says why
        mvc.perform(post("/manage/taxonomy/groups/{code}/removal", group).with(csrf()).session(session))
                .andExpect(redirectedUrl("/manage/taxonomy"))
                .andExpect(flash().attribute("error", Matchers.containsString("still has categories")));
        mvc.perform(post("/manage/taxonomy/categories/{code}/removal", category).with(csrf()).session(session))
                .andExpect(flash().attribute("notice", "Category " + category + " removed."));
        assertThat(mvc.perform(get("/manage/taxonomy").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("action=\"/manage/taxonomy/groups/" + group + "/removal\"");
        mvc.perform(post("/manage/taxonomy/groups/{code}/removal", group).with(csrf()).session(session))
                .andExpect(flash().attribute("notice", "Group " + group + " removed."));
        assertThat(taxonomy.groups()).noneMatch(g -> g.code().equals(group));

        String tag = uniqueCode("gone");
        mvc.perform(post("/manage/taxonomy/tags").with(csrf()).session(session).param("code", tag).param("en", "Gone"))
                .andExpect(redirectedUrl("/manage/taxonomy"));
        mvc.perform(post("/manage/taxonomy/tags/{code}/removal", tag).with(csrf()).session(session))
                .andExpect(flash().attribute("notice", "Tag " + tag + " removed."));
        assertThat(taxonomy.findTag(tag)).isEmpty();
        // only the three lists exist
        mvc.perform(post("/manage/taxonomy/brands/{code}/removal", "x").with(csrf()).session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void partnersDoNotSeeThePage() throws Exception {
        PartnerLogin partner = registerPartner("taxopage");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        mvc.perform(get("/manage/taxonomy").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/taxonomy/tags").with(csrf()).session(session).param("code", "nope")
                .param("en", "Nope")).andExpect(status().isForbidden());
        mvc.perform(get("/partner").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/manage/taxonomy"))));
    }
}
