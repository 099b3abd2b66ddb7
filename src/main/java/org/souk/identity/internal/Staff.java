package org.souk.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import org.souk.identity.Role;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create moderators, managers and other administrators; each sets a password by e-mail. */
@Service
class Staff {

    static final Set<Role> ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.MANAGER, Role.MODERATOR);

    private final UserAccounts accounts;
    private final UserRepository users;
    private final Messages messages;

    Staff(UserAccounts accounts, UserRepository users, Messages messages) {
        this.accounts = accounts;
        this.users = users;
        this.messages = messages;
    }

    record NewStaff(String email, String firstName, String lastName, Role role) {
    }

    @Transactional(readOnly = true)
    Page<UserAccount> page(int page, int size) {
        return users.findDistinctByRolesIn(ROLES, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by("email"))).map(UserEntity::toAccount);
    }

    @Transactional
    UserAccount invite(NewStaff staff) {
        if (staff.role() == null || !ROLES.contains(staff.role())) {
            throw new InvalidInput(messages.violation("role", null, "error.staff.role"));
        }
        return accounts.invite(staff.email(), staff.firstName(), staff.lastName(), staff.role(),
                messages.inEnglish("staff.invitedTo." + staff.role().name()));
    }
}
