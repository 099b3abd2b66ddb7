package org.souk.partner.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.partner.PartnerReview;
import org.souk.partner.PartnerStatus;
import org.souk.partner.PartnerView;
import org.souk.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Market managers: applications for partner status (P-05). */
@RestController
@RequestMapping("/api/v1/admin/partners")
@Tag(name = "Partner review", description = "Market managers review applications for partner status")
class PartnerAdminApi {

    private final PartnerReview review;
    private final PartnerDossier dossier;

    PartnerAdminApi(PartnerReview review, PartnerDossier dossier) {
        this.review = review;
        this.dossier = dossier;
    }

    @GetMapping
    @Operation(summary = "Partners, pending applications first and oldest first",
            description = "status: PENDING, APPROVED or REJECTED (any when left out); q matches code or company.")
    PageResponse<PartnerView> list(@RequestParam(required = false) PartnerStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(review.page(status, q, page, size), p -> p);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Everything about one partner: fields, users, legal entities, sales settings, history")
    PartnerDossier.Dossier get(@PathVariable String code) {
        return dossier.of(code);
    }

    record Decision(String reason) {
    }

    @PostMapping("/{code}/approval")
    @Operation(summary = "Grant partner status (P-05); the partner is e-mailed", description = "409 when already "
            + "approved. An optional reason is kept as a note.")
    PartnerView approve(@PathVariable String code, @RequestBody(required = false) Decision decision) {
        return review.approve(code, decision == null ? null : decision.reason());
    }

    @PostMapping("/{code}/rejection")
    @Operation(summary = "Reject the application with a reason (P-05); the partner is e-mailed",
            description = "422 without a reason; 409 unless the application is pending.")
    PartnerView reject(@PathVariable String code, @RequestBody Decision decision) {
        return review.reject(code, decision.reason());
    }
}
