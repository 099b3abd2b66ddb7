package org.souk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.audit.AuditLog;
import org.souk.market.internal.CategoryGroupRepository;
import org.souk.market.internal.CategoryRepository;
import org.souk.market.internal.LanguageRepository;
import org.souk.market.internal.TagRepository;
import org.souk.support.Api;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import tools.jackson.databind.JsonNode;

/** The public category and tag lists, and the market manager's changes to them through the API. */
class TaxonomyApiTest extends MarketManagers {

    private final CategoryGroupRepository groups;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final LanguageRepository languages;
    private final AuditLog audit;
    private final Messages messages;
    private final Taxonomy taxonomy;

    @Autowired
    TaxonomyApiTest(CategoryGroupRepository groups, CategoryRepository categories, TagRepository tags,
            LanguageRepository languages, AuditLog audit, Messages messages, Taxonomy taxonomy) {
        this.groups = groups;
        this.categories = categories;
        this.tags = tags;
        this.languages = languages;
        this.audit = audit;
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    static List<String> violations(Api.Response response) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : response.body().path("violations")) {
            found.add(v.path("field").asString());
        }
        return found;
    }

    static JsonNode find(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (item.path("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    @Test
    void anyoneReadsTheCategoriesByGroupInTheLanguageAsked() {
        Api.Response ru = api.get("/api/v1/catalog/categories?lang=ru", null);
        assertThat(ru.status()).isEqualTo(200);
        JsonNode integrations = find(ru.body(), "integrations");
        assertThat(integrations.path("name").asString()).isEqualTo("Интеграции");
        JsonNode telephony = find(integrations.path("categories"), "integrations.telephony");
        assertThat(telephony.path("name").asString()).isEqualTo("Телефония");
        assertThat(telephony.path("fullName").asString()).isEqualTo("Интеграции – Телефония");
        assertThat(telephony.path("names").path("en").asString()).isEqualTo("Telephony");
        assertThat(telephony.path("names").path("ru").asString()).isEqualTo("Телефония");
        assertThat(telephony.path("gate").asString()).isEqualTo("C-04");
        assertThat(telephony.path("miscellaneous").asBoolean()).isFalse();
        JsonNode misc = find(find(ru.body(), "miscellaneous").path("categories"), "miscellaneous");
        assertThat(misc.path("miscellaneous").asBoolean()).isTrue();
        assertThat(misc.path("fullName").asString()).isEqualTo("Разное");
        assertThat(misc.path("gate").isNull()).isTrue();

        // English by default, and where the language asked has no names
        JsonNode english = find(api.get("/api/v1/catalog/categories", null).body(), "automation");
        assertThat(find(english.path("categories"), "automation.workflows").path("fullName").asString())
                .isEqualTo("Automation – Workflows");
        JsonNode german = find(api.get("/api/v1/catalog/categories?lang=de", null).body(), "automation");
        assertThat(german.path("name").asString()).isEqualTo("Automation");
        assertThat(find(german.path("categories"), "automation.chat_bots").path("gate").asString()).isEqualTo("C-08");
    }

    @Test
    void anyoneReadsTheTagsInTheLanguageAsked() {
        Api.Response ru = api.get("/api/v1/catalog/tags?lang=ru", null);
        assertThat(ru.status()).isEqualTo(200);
        assertThat(ru.body().size()).isGreaterThanOrEqualTo(20);
        JsonNode documents = find(ru.body(), "documents");
        assertThat(documents.path("name").asString()).isEqualTo("Документы");
        assertThat(documents.path("names").path("en").asString()).isEqualTo("Documents");
        assertThat(find(api.get("/api/v1/catalog/tags", null).body(), "documents").path("name").asString())
                .isEqualTo("Documents");
    }

    @Test
    void aManagerAddsAndRenamesATagThatEveryoneThenSees() throws Exception {
        ManagerLogin manager = manager();
        String code = uniqueCode("fax");
        Api.Response added = api.post("/api/v1/admin/taxonomy/tags",
                Map.of("code", code, "names", Map.of("en", "Fax " + code)), manager.token());
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("name")).isEqualTo("Fax " + code);
        // no Russian name yet: the English one
        assertThat(find(api.get("/api/v1/catalog/tags?lang=ru", null).body(), code).path("name").asString())
                .isEqualTo("Fax " + code);

        Api.Response renamed = api.patch("/api/v1/admin/taxonomy/tags/" + code,
                Map.of("names", Map.of("en", "Telefax " + code, "ru", "Факс " + code)), manager.token());
        assertThat(renamed.status()).isEqualTo(200);
        JsonNode ru = find(api.get("/api/v1/catalog/tags?lang=ru", null).body(), code);
        assertThat(ru.path("name").asString()).isEqualTo("Факс " + code);
        assertThat(ru.path("names").path("en").asString()).isEqualTo("Telefax " + code);
        assertThat(audit.history("tag", code, 10).stream().map(e -> e.action()))
                .containsExactly("tag.renamed", "tag.added");
        assertThat(audit.history("tag", code, 10).get(0).actor()).isEqualTo(manager.email());

        // an empty Russian name removes it; English cannot be emptied
        assertThat(api.patch("/api/v1/admin/taxonomy/tags/" + code, Map.of("names", Map.of("ru", " ")),
                manager.token()).status()).isEqualTo(200);
        assertThat(taxonomy.findTag(code).orElseThrow().names()).containsOnlyKeys("en");
        Api.Response noEnglish = api.patch("/api/v1/admin/taxonomy/tags/" + code, Map.of("names", Map.of("en", "")),
                manager.token());
        assertThat(noEnglish.status()).isEqualTo(422);
        assertThat(violations(noEnglish)).containsExactly("names.en");

        assertThat(api.patch("/api/v1/admin/taxonomy/tags/no_such_tag", Map.of("names", Map.of("en", "X")),
                manager.token()).status()).isEqualTo(404);
        // unused: removable
        assertThat(api.delete("/api/v1/admin/taxonomy/tags/" + code, manager.token()).status()).isEqualTo(204);
        assertThat(taxonomy.findTag(code)).isEmpty();
    }

    @Test
    void aManagerAddsAndRenamesACategory() throws Exception {
        ManagerLogin manager = manager();
        String code = "integrations." + uniqueCode("fax");
        Map<String, Object> category = new HashMap<>();
        category.put("code", code);
        category.put("group", "integrations");
        category.put("names", Map.of("en", "Fax " + code, "ru", "Факс " + code));
        category.put("gate", "C-04");
        Api.Response added = api.post("/api/v1/admin/taxonomy/categories", category, manager.token());
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("fullName")).isEqualTo("Integrations – Fax " + code);
        assertThat(added.text("gate")).isEqualTo("C-04");

        JsonNode integrations = find(api.get("/api/v1/catalog/categories?lang=ru", null).body(), "integrations");
        JsonNode categories = integrations.path("categories");
        assertThat(categories.get(categories.size() - 1).path("code").asString()).isEqualTo(code); // at the end
        assertThat(find(categories, code).path("fullName").asString()).isEqualTo("Интеграции – Факс " + code);

        Api.Response renamed = api.patch("/api/v1/admin/taxonomy/categories/" + code,
                Map.of("names", Map.of("ru", "Телефакс " + code)), manager.token());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("names").path("en").asString()).isEqualTo("Fax " + code);
        assertThat(renamed.body().path("names").path("ru").asString()).isEqualTo("Телефакс " + code);
        assertThat(audit.history("category", code, 10).stream().map(e -> e.action()))
                .containsExactly("category.renamed", "category.added");

        // a group of its own, with a category that is the group itself
        String group = uniqueCode("grp");
        assertThat(api.post("/api/v1/admin/taxonomy/groups", Map.of("code", group, "names",
                Map.of("en", "Group " + group, "ru", "Группа " + group)), manager.token()).status()).isEqualTo(201);
        Api.Response single = api.post("/api/v1/admin/taxonomy/categories", Map.of("code", group, "group", group,
                "names", Map.of("en", "Single " + group), "miscellaneous", true), manager.token());
        assertThat(single.status()).isEqualTo(201);
        assertThat(single.text("fullName")).isEqualTo("Single " + group);
        assertThat(single.body().path("miscellaneous").asBoolean()).isTrue();
        Api.Response groupRenamed = api.patch("/api/v1/admin/taxonomy/groups/" + group,
                Map.of("names", Map.of("ru", "Группа-2 " + group)), manager.token());
        assertThat(groupRenamed.status()).isEqualTo(200);
        assertThat(groupRenamed.body().path("names").path("ru").asString()).isEqualTo("Группа-2 " + group);
        assertThat(groupRenamed.body().path("categories").get(0).path("code").asString()).isEqualTo(group);
        assertThat(api.delete("/api/v1/admin/taxonomy/groups/" + group, manager.token()).status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/admin/taxonomy/categories/" + group, manager.token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/admin/taxonomy/groups/" + group, manager.token()).status()).isEqualTo(204);
    }

    @Test
    void badInputIsRefusedWithTheFields() {
        String admin = adminToken();
        Api.Response tag = api.post("/api/v1/admin/taxonomy/tags",
                Map.of("code", "X!", "names", Map.of("en", " ", "xx", "Something")), admin);
        assertThat(tag.status()).isEqualTo(422);
        assertThat(tag.contentType()).contains("application/problem+json");
        assertThat(violations(tag)).containsExactlyInAnyOrder("code", "names.en", "names.xx");

        Api.Response taken = api.post("/api/v1/admin/taxonomy/tags",
                Map.of("code", "crm", "names", Map.of("en", "Documents", "ru", "x".repeat(61))), admin);
        assertThat(violations(taken)).containsExactlyInAnyOrder("code", "names.en", "names.ru");

        Api.Response category = api.post("/api/v1/admin/taxonomy/categories", Map.of("code", "sites.fax", "group",
                "integrations", "names", Map.of("en", "Telephony"), "gate", "C-99"), admin);
        assertThat(category.status()).isEqualTo(422);
        assertThat(violations(category)).containsExactlyInAnyOrder("code", "names.en", "gate");

        Api.Response noGroup = api.post("/api/v1/admin/taxonomy/categories", Map.of("code", "nowhere.fax", "group",
                "nowhere", "names", Map.of("en", "Fax")), admin);
        assertThat(violations(noGroup)).containsExactly("group");
        Api.Response noNames = api.post("/api/v1/admin/taxonomy/categories", Map.of("code", "integrations.sms",
                "group", "integrations"), admin);
        assertThat(violations(noNames)).containsExactlyInAnyOrder("code", "names.en");
    }

    @Test
    void partnersAndAnonymousUsersCannotChangeTheTaxonomy() {
        PartnerLogin partner = registerPartner("taxo");
        Map<String, Object> tag = Map.of("code", "partner_tag", "names", Map.of("en", "Partner tag"));
        assertThat(api.post("/api/v1/admin/taxonomy/tags", tag, partner.token()).status()).isEqualTo(403);
        assertThat(api.patch("/api/v1/admin/taxonomy/tags/crm", Map.of("names", Map.of("en", "Hacked")),
                partner.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/admin/taxonomy/categories/miscellaneous", partner.token()).status())
                .isEqualTo(403);
        // without a token the request has neither a user nor a CSRF token: refused before it reaches the API
        assertThat(api.post("/api/v1/admin/taxonomy/tags", tag, null).status()).isEqualTo(403);
        assertThat(taxonomy.findTag("partner_tag")).isEmpty();
        assertThat(taxonomy.findTag("crm").orElseThrow().name("en")).isEqualTo("CRM");
    }

    @Test
    void whatASolutionUsesCannotBeRemoved() {
        TaxonomyUsage used = new TaxonomyUsage() {
            @Override
            public long solutionsInCategory(String categoryCode) {
                return 2;
            }

            @Override
            public long solutionsWithTag(String tagCode) {
                return 3;
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("usage", used));
        Taxonomy withUsage = new Taxonomy(groups, categories, tags, languages,
                beans.getBeanProvider(TaxonomyUsage.class), audit, messages);
        assertThatThrownBy(() -> withUsage.remove(TaxonomyKind.TAG, "crm")).isInstanceOf(Conflict.class)
                .hasMessageContaining("crm").hasMessageContaining("3");
        assertThatThrownBy(() -> withUsage.remove(TaxonomyKind.CATEGORY, "integrations.sms")).isInstanceOf(Conflict.class)
                .hasMessageContaining("integrations.sms");
        assertThat(taxonomy.findTag("crm")).isPresent();
    }

    @Test
    void theOpenApiDocumentDescribesTheTaxonomy() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/catalog/categories", "/api/v1/catalog/tags",
                "/api/v1/admin/taxonomy/categories", "/api/v1/admin/taxonomy/categories/{code}",
                "/api/v1/admin/taxonomy/tags", "/api/v1/admin/taxonomy/tags/{code}", "/api/v1/admin/taxonomy/groups");
        assertThat(paths.path("/api/v1/catalog/categories").path("get").path("summary").asString()).isNotBlank();
    }
}
