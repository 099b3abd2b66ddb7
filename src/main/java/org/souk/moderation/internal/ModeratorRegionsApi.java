package org.souk.moderation.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.moderation.ModeratorRegions;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers assign moderators to regions (the path needs a manager). */
@RestController
@RequestMapping("/api/v1/admin/moderators")
@Tag(name = "Moderation", description = "The queue, claims, reviews and decisions (M-03 … M-10), takedowns, chats")
class ModeratorRegionsApi {

    record Assignment(List<String> regions) {
    }

    private final ModeratorRegions moderatorRegions;

    ModeratorRegionsApi(ModeratorRegions moderatorRegions) {
        this.moderatorRegions = moderatorRegions;
    }

    @GetMapping
    @Operation(summary = "Every moderator with the regions assigned (empty: every region)")
    PageResponse<ModeratorRegions.Moderator> moderators(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return moderatorRegions.moderators(page, size);
    }

    @PutMapping("/{id}/regions")
    @Operation(summary = "Replace a moderator's regions", description = "`{regions: [\"global\", \"ru\"]}`; an "
            + "empty list: every region. The queue shows the moderator these regions' submissions and a claim "
            + "elsewhere answers 409. 404 for a user who is not a moderator, 422 naming an unknown region.")
    ModeratorRegions.Moderator assign(@AuthenticationPrincipal SoukUser manager, @PathVariable long id,
            @RequestBody Assignment assignment) {
        return moderatorRegions.assign(manager, id, assignment.regions());
    }
}
