package org.souk.programs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.programs.Complaints;
import org.souk.programs.Grant;
import org.souk.programs.Grants;
import org.souk.programs.ProgramRequest;
import org.souk.programs.Purpose;
import org.souk.programs.Term;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sandboxes and NFR licenses through the API: the partner's side and the managers' review. */
@RestController
@Tag(name = "Programs", description = "Sandbox access (G-01) and NFR licenses (G-02): requests with their term, "
        + "review, extension and renewal, ending")
class ProgramsApi {

    private final Grants grants;
    private final Complaints complaints;

    ProgramsApi(Grants grants, Complaints complaints) {
        this.grants = grants;
        this.complaints = complaints;
    }

    @GetMapping("/api/v1/partners/me/programs/term")
    @Operation(summary = "The term a request would get, and why, before it is sent", description = "purpose: "
            + "FIRST_APPLICATION (sandbox, 3 months), PUBLISHED_APPLICATIONS (sandbox, 6 months, +6 while published), "
            + "CRM_PRESET (sandbox, 6 months per published preset named in solution), NFR_LICENSE (6 months, "
            + "renewable; solution: the industry solution, optional). violations name what keeps the request back.")
    Term term(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) Purpose purpose,
            @RequestParam(required = false) String account, @RequestParam(defaultValue = "false") boolean newAccount,
            @RequestParam(required = false) String solution) {
        return grants.term(user, new ProgramRequest(purpose, account, newAccount, solution, null));
    }

    @PostMapping("/api/v1/partners/me/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a sandbox or an NFR license", description = "account: the domain of an account you "
            + "act for, or newAccount: true for a new test account. 422 with the broken rule (G-01, G-02) when the "
            + "term does not allow it; a manager reviews the request within 1-2 working days.")
    Grant request(@AuthenticationPrincipal SoukUser user, @RequestBody ProgramRequest request) {
        return grants.request(user, request);
    }

    @GetMapping("/api/v1/partners/me/programs")
    @Operation(summary = "Your requests, sandboxes and NFR licenses, newest first, with their end dates")
    PageResponse<Grant> mine(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return grants.mine(user, page, size);
    }

    @PostMapping("/api/v1/partners/me/programs/{id}/extension")
    @Operation(summary = "Extend a sandbox or renew an NFR license by its term", description = "While what it "
            + "rests on stays published (G-01, G-02) and at most one term ahead; an NFR license also after it expired.")
    Grant extend(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return grants.extend(user, id);
    }

    @GetMapping("/api/v1/admin/programs/requests")
    @Operation(summary = "Waiting requests, oldest first, each with its review target (dueAt, 1-2 working days)")
    PageResponse<Grant> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return grants.queue(page, size);
    }

    @PostMapping("/api/v1/admin/programs/requests/{id}/grant")
    @Operation(summary = "Grant a request: the term starts now", description = "422 when its condition no longer holds.")
    Grant grant(@AuthenticationPrincipal SoukUser manager, @PathVariable long id) {
        return grants.grant(manager, id);
    }

    record Reason(String reason) {
    }

    @PostMapping("/api/v1/admin/programs/requests/{id}/refusal")
    @Operation(summary = "Refuse a request with a reason the partner reads")
    Grant refuse(@AuthenticationPrincipal SoukUser manager, @PathVariable long id, @RequestBody Reason reason) {
        return grants.refuse(manager, id, reason.reason());
    }

    @GetMapping("/api/v1/admin/programs/complained-partners")
    @Operation(summary = "Partners with repeated confirmed complaints (G-03) and their active sandboxes")
    PageResponse<Complaints.ComplainedPartner> complained(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return complaints.repeated(page, size);
    }

    @PostMapping("/api/v1/admin/programs/grants/{id}/end")
    @Operation(summary = "End a sandbox after complaints ended the agreement (G-01)")
    Grant end(@AuthenticationPrincipal SoukUser manager, @PathVariable long id, @RequestBody Reason reason) {
        return grants.endForComplaints(manager, id, reason.reason());
    }
}
