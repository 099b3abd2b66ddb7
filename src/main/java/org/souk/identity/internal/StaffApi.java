package org.souk.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Administration")
class StaffApi {

    private final Staff staff;

    StaffApi(Staff staff) {
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "Administrators, managers and moderators, by e-mail")
    PageResponse<UserAccount> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(staff.page(page, size), a -> a);
    }

    record RoleChange(Role role) {
    }

    @PutMapping("/{id}/role")
    @Operation(summary = "Change a staff user's role", description = "role: ADMINISTRATOR, MANAGER or MODERATOR "
            + "(one role replaces the other). The last active administrator keeps the role (409).")
    UserAccount changeRole(@PathVariable long id, @RequestBody RoleChange change) {
        return staff.changeRole(id, change.role());
    }

    @PostMapping("/{id}/deactivation")
    @Operation(summary = "Deactivate a staff user", description = "They can no longer sign in and their API tokens "
            + "stop working. Not yourself, not the last active administrator (409).")
    UserAccount deactivate(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return staff.deactivate(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a moderator, manager or administrator",
            description = "The new user gets an e-mail with a single-use link to set a password.")
    UserAccount create(@RequestBody Staff.NewStaff newStaff) {
        return staff.invite(newStaff);
    }
}
