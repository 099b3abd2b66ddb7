package org.souk.install;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * A storefront-and-tokens node (profile {@code storefront}, README "The token endpoint's design, and memory"):
 * every test of {@link InstallFlowTest} (install, {@code /oauth/token/}, {@code app.info}, reuse detection, the
 * official JS SDK's flow) passes against it, and it serves the storefront's pages; the OpenAPI document is left to
 * the full nodes.
 */
@ActiveProfiles({ "test", "storefront" })
class StorefrontNodeTest extends InstallFlowTest {

    @Test
    void servesTheStorefrontAndLeavesTheApiDocumentToTheFullNodes() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", "crm").header("Accept-Language", "en")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isNotFound());
    }
}
