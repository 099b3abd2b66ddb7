package org.souk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.souk.audit.AuditLog;
import org.souk.identity.internal.ApiTokenRepository;
import org.souk.identity.internal.PasswordLinks;
import org.souk.identity.internal.PasswordPolicy;
import org.souk.identity.internal.UserEntity;
import org.souk.identity.internal.UserRepository;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the market: what other modules may ask of identity. */
@Service
public class UserAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final PasswordLinks links;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Messages messages;

    UserAccounts(UserRepository users, ApiTokenRepository tokens, PasswordEncoder encoder, PasswordLinks links,
            PasswordPolicy passwordPolicy, AuditLog audit, Messages messages) {
        this.passwordPolicy = passwordPolicy;
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.links = links;
        this.audit = audit;
        this.messages = messages;
    }

    /** The login is case-insensitive: e-mails are kept lower-case. */
    public static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** The violations of an e-mail (format, already registered) under the given field name. */
    public List<Violation> checkNewEmail(String field, String email, String rule) {
        String normalized = normalize(email);
        if (normalized.isEmpty()) {
            return List.of(messages.violation(field, rule, "error.required"));
        }
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            return List.of(messages.violation(field, rule, "error.email.format"));
        }
        if (users.existsByEmail(normalized)) {
            return List.of(messages.violation(field, rule, "error.email.taken"));
        }
        return List.of();
    }

    public List<Violation> checkPassword(String field, String password, String email) {
        return passwordPolicy.check(field, password, email);
    }

    public List<Violation> checkName(String field, String value, String rule) {
        if (value == null || value.isBlank()) {
            return List.of(messages.violation(field, rule, "error.required"));
        }
        if (value.trim().length() > 100) {
            return List.of(messages.violation(field, rule, "error.length.max", 100));
        }
        return List.of();
    }

    /** A user who can sign in at once. The caller has checked the input with the check methods. */
    @Transactional
    public UserAccount create(NewUser user) {
        List<Violation> violations = new ArrayList<>(checkNewEmail("email", user.email(), null));
        violations.addAll(checkPassword("password", user.password(), user.email()));
        violations.addAll(checkName("firstName", user.firstName(), null));
        violations.addAll(checkName("lastName", user.lastName(), null));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        UserEntity entity = new UserEntity(normalize(user.email()), user.firstName().trim(), user.lastName().trim(),
                user.role());
        entity.setPasswordHash(encoder.encode(user.password()));
        users.save(entity);
        audit.record("user.created", "user", entity.getId(), entity.getEmail() + " as " + user.role());
        return entity.toAccount();
    }

    /**
     * A user who sets a password through an e-mailed link (a partner's colleague, a moderator, a manager).
     * {@code invitedTo} names what they are invited to, for the e-mail.
     */
    @Transactional
    public UserAccount invite(String email, String firstName, String lastName, Role role, String invitedTo) {
        List<Violation> violations = new ArrayList<>(checkNewEmail("email", email, null));
        violations.addAll(checkName("firstName", firstName, null));
        violations.addAll(checkName("lastName", lastName, null));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        UserEntity entity = users.save(new UserEntity(normalize(email), firstName.trim(), lastName.trim(), role));
        audit.record("user.invited", "user", entity.getId(), entity.getEmail() + " as " + role);
        links.issue(entity, PasswordLinkIssued.Purpose.INVITE, invitedTo);
        return entity.toAccount();
    }

    /** Changes a signed-in user's password; the current one must be given (a left-open session is not enough). */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        UserEntity user = users.findById(userId).orElseThrow(() -> new NotFound("user " + userId));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || user.getPasswordHash() == null
                || !encoder.matches(currentPassword, user.getPasswordHash())) {
            violations.add(messages.violation("currentPassword", null, "error.password.current"));
        }
        violations.addAll(checkPassword("newPassword", newPassword, user.getEmail()));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        user.setPasswordHash(encoder.encode(newPassword));
        audit.record("password.changed", "user", userId, null);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserEntity::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(normalize(email)).map(UserEntity::toAccount);
    }

    /** Ends a user's access: no sign-in, every token revoked (a partner removed a colleague). */
    @Transactional
    public void disable(long id) {
        UserEntity user = users.findById(id).orElseThrow(() -> new NotFound("user " + id));
        user.disable();
        tokens.findByUserIdOrderByIdDesc(id).forEach(t -> t.revoke());
        audit.record("user.disabled", "user", id, user.getEmail());
    }

    /** The user's password was generated (and logged): they must replace it at the next sign-in. */
    @Transactional
    public void requirePasswordChange(long id) {
        users.findById(id).orElseThrow(() -> new NotFound("user " + id)).requirePasswordChange();
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(long id) {
        return users.findById(id).map(UserEntity::isPasswordMustChange).orElse(false);
    }

    /** The active and deactivated users of a role, by e-mail (moderators for their regions' assignment). */
    @Transactional(readOnly = true)
    public PageResponse<UserAccount> withRole(Role role, int page, int size) {
        return PageResponse.read(page, size, 200, request -> users.findDistinctByRolesIn(List.of(role),
                request.withSort(Sort.by("email"))), UserEntity::toAccount);
    }

    @Transactional(readOnly = true)
    public boolean anyWith(Role role) {
        return users.existsByRolesContaining(role);
    }
}
