package org.souk.programs.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.programs.Complaint;
import org.souk.programs.Complaints;
import org.souk.programs.NewComplaint;
import org.souk.web.ClientAddress;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints (G-03): filed by signed-in users through the API; the moderators' queue and decisions. */
@RestController
@Tag(name = "Complaints", description = "Complaints about published solutions (G-03) and the moderators' queue")
class ComplaintsApi {

    private final Complaints complaints;

    ComplaintsApi(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/api/v1/catalog/solutions/{code}/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Complain about a published solution", description = "reason: DOES_NOT_WORK, "
            + "NOT_AS_DESCRIBED, ASKS_FOR_PASSWORD, OFFENSIVE_CONTENT, SECURITY or OTHER; text: 10-4000 characters. "
            + "Needs a signed-in user; without one, the solution's page /apps/{code}/complaint takes a few per hour.")
    Complaint file(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestBody NewComplaint complaint) {
        return complaints.file(user, code, complaint, ClientAddress.current());
    }

    @GetMapping("/api/v1/moderation/complaints")
    @Operation(summary = "Open complaints, oldest first; region: one region's queue")
    PageResponse<Complaint> queue(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return complaints.queue(region, page, size);
    }

    record Note(String note, String message, String reason) {
    }

    @PostMapping("/api/v1/moderation/complaints/{id}/dismissal")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Dismiss a complaint (note: optional)")
    Complaint dismiss(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @RequestBody Note note) {
        return complaints.dismiss(moderator, id, note.note());
    }

    @PostMapping("/api/v1/moderation/complaints/{id}/question")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Ask the partner about a complaint in the region's chat (message)")
    Complaint ask(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @RequestBody Note note) {
        return complaints.ask(moderator, id, note.message());
    }

    @PostMapping("/api/v1/moderation/complaints/{id}/removal")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Remove the solution from the catalog (M-06) with a reason: confirms the complaint")
    Complaint remove(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @RequestBody Note note) {
        return complaints.remove(moderator, id, note.reason());
    }
}
