package org.souk.install.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.install.RestCall;
import org.souk.install.RestCalls;
import org.souk.solution.Solutions;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** F-10: the REST call log of a solution's installations, for its partner and for the moderators (page and API). */
@Controller
@Tag(name = "Installations", description = "Accounts, installations, events and the REST log")
class RestCallPages {

    private final RestCalls calls;
    private final Solutions solutions;

    RestCallPages(RestCalls calls, Solutions solutions) {
        this.calls = calls;
        this.solutions = solutions;
    }

    /** The partner's page sits under the solution's Test tab, with its header, as the page that links to it. */
    @GetMapping("/partner/solutions/{code}/rest-calls")
    String partnerPage(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String domain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        return page(user, code, domain, page, size, model);
    }

    @GetMapping("/moderation/solutions/{code}/rest-calls")
    String page(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String domain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("domain", domain == null || domain.isBlank() ? null : domain.strip());
        model.addAttribute("calls", calls.of(user, code, domain, page, PageResponse.htmlSize(size)));
        return "install/rest-calls";
    }

    @GetMapping("/api/v1/solutions/{code}/rest-calls")
    @ResponseBody
    @Operation(summary = "F-10: the REST calls of the solution's installations, newest first",
            description = "Each call with the account's domain, the method, the time, the HTTP status and the duration "
                    + "in milliseconds, kept at least 3 days; domain keeps one account's. For the solution's partner and "
                    + "the moderators.")
    PageResponse<RestCall> api(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String domain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return calls.of(user, code, domain, page, size);
    }
}
