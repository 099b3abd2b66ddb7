package org.souk.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import org.souk.audit.AuditLog;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.data.domain.Page;
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
    private final AuditLog audit;

    Staff(UserAccounts accounts, UserRepository users, Messages messages, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.users = users;
        this.messages = messages;
    }

    record NewStaff(String email, String firstName, String lastName, Role role) {
    }

    @Transactional(readOnly = true)
    Page<UserAccount> page(int page, int size) {
        return PageResponse.read(page, size, 100, request -> users.findDistinctByRolesIn(ROLES,
                request.withSort(Sort.by("email")))).map(UserEntity::toAccount);
    }

    /** Makes a staff user a moderator, a manager or an administrator; the market keeps an active administrator. */
    @Transactional
    UserAccount changeRole(long userId, Role role) {
        if (role == null || !ROLES.contains(role)) {
            throw new InvalidInput(messages.violation("role", null, "error.staff.role"));
        }
        UserEntity user = staffUser(userId);
        if (!user.getRoles().contains(role)) {
            keepAnAdministrator(user);
            user.replaceRole(role);
            audit.record("user.role-changed", "user", userId, user.getEmail() + " is now " + role);
        }
        return user.toAccount();
    }

    /** Ends a staff user's access (no sign-in, tokens revoked); not one's own, not the last administrator's. */
    @Transactional
    UserAccount deactivate(SoukUser actor, long userId) {
        UserEntity user = staffUser(userId);
        if (actor.id() == userId) {
            throw new Conflict(null, messages.get("error.staff.self"));
        }
        keepAnAdministrator(user);
        accounts.disable(userId);
        return user.toAccount();
    }

    private UserEntity staffUser(long userId) {
        return users.findById(userId).filter(u -> u.getRoles().stream().anyMatch(ROLES::contains))
                .orElseThrow(() -> new NotFound(messages.get("error.staff.unknown", userId)));
    }

    private void keepAnAdministrator(UserEntity leaving) {
        if (leaving.getRoles().contains(Role.ADMINISTRATOR) && leaving.isEnabled()
                && users.countByRolesContainingAndEnabledTrue(Role.ADMINISTRATOR) <= 1) {
            throw new Conflict(null, messages.get("error.staff.lastAdministrator"));
        }
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
