package org.souk.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.UserAccount;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a moderator, manager or administrator",
            description = "The new user gets an e-mail with a single-use link to set a password.")
    UserAccount create(@RequestBody Staff.NewStaff newStaff) {
        return staff.invite(newStaff);
    }
}
