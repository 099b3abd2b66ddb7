package org.souk.catalog.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.partner.Partners;
import org.souk.review.Reviews;
import org.souk.solution.Draft;
import org.souk.solution.Solutions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * The partner's preview: the catalog's own solution page rendered from the draft, so what the partner sees is
 * what customers will see (same template, same snapshot as a publication makes, nothing stored). Only the
 * solution's partner may open it ({@link Solutions#draft} answers 404 to anyone else); the images come from the
 * partner's media address, as the catalog serves only listed ones. Never indexed, never kept by the page cache
 * (its address has two segments after /apps/).
 */
@Controller
class CatalogPreview {

    private final Solutions solutions;
    private final Partners partners;
    private final Publication publication;
    private final CatalogReader reader;
    private final CatalogPages pages;

    CatalogPreview(Solutions solutions, Partners partners, Publication publication, CatalogReader reader,
            CatalogPages pages) {
        this.solutions = solutions;
        this.partners = partners;
        this.publication = publication;
        this.reader = reader;
        this.pages = pages;
    }

    @GetMapping("/apps/{code}/preview")
    String preview(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model,
            HttpServletResponse response) {
        if (user == null) {
            return "redirect:/login";
        }
        Draft draft = solutions.draft(user, code);
        Instant now = Instant.now();
        CatalogSnapshot snapshot = publication.snapshot(draft.code(), partners.mine(user), draft.technologyType(),
                draft, false, now, now);
        String lang = CatalogLanguages.current();
        String segment = UriUtils.encodePathSegment(draft.code(), java.nio.charset.StandardCharsets.UTF_8);
        pages.solutionModel(reader.preview(snapshot, draft.version().whatsNew(), now), lang,
                key -> "/api/v1/solutions/" + segment + "/media/" + key, null, new Reviews.Position(-1, null, null), model);
        model.addAttribute("preview", "/partner/solutions/" + segment + "/card");
        response.setHeader("X-Robots-Tag", "noindex");
        return "catalog/solution";
    }
}
