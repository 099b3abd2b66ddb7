package org.souk.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.souk.web.Hashes;
import org.souk.audit.AuditLog;
import org.souk.identity.PasswordLinkIssued;
import org.souk.identity.PasswordLinkIssued.Purpose;
import org.souk.web.InvalidInput;
import org.souk.web.SiteAddress;
import org.souk.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Single-use, expiring links that let a user set a password: reset and invitation. */
@Service
public class PasswordLinks {

    private final PasswordLinkRepository links;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final SiteAddress site;

    PasswordLinks(PasswordLinkRepository links, UserRepository users, PasswordEncoder encoder,
            ApplicationEventPublisher events, IdentityProperties properties, AuditLog audit, PasswordPolicy policy, SiteAddress site) {
        this.site = site;
        this.policy = policy;
        this.links = links;
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional
    public void issue(UserEntity user, Purpose purpose, String invitedTo) {
        Instant now = Instant.now();
        links.closeOpenLinks(user.getId(), now);
        String token = Secrets.random("");
        Instant expiresAt = now.plus(purpose == Purpose.INVITE ? properties.security().passwordLink().inviteValidity()
                : properties.security().passwordLink().resetValidity());
        links.save(new PasswordLinkEntity(user.getId(), Hashes.sha256(token), purpose, expiresAt));
        String link = site.get() + "/password/set?token=" + token;
        events.publishEvent(new PasswordLinkIssued(user.getEmail(), user.getFirstName(), purpose, link, expiresAt,
                invitedTo));
    }

    /** Asked for on the "forgot password" page: says nothing of whether the address is known. */
    @Transactional
    public void requestReset(String email) {
        users.findByEmail(org.souk.identity.UserAccounts.normalize(email))
                .filter(UserEntity::isEnabled)
                .ifPresent(user -> {
                    issue(user, Purpose.RESET, null);
                    audit.record("password.reset-requested", "user", user.getId(), null);
                });
    }

    /** The purpose of a link that can still be used, for the page that opens it. */
    @Transactional(readOnly = true)
    public Optional<Purpose> open(String token) {
        return find(token).map(PasswordLinkEntity::getPurpose);
    }

    /**
     * Sets the password and uses up the link; empty when the link is unknown, used or expired. A password
     * that breaks the policy is refused and the link stays usable.
     */
    @Transactional
    public Optional<UserEntity> setPassword(String token, String password) {
        return find(token).map(link -> {
            UserEntity user = users.findById(link.getUserId()).orElseThrow();
            List<Violation> violations = policy.check("newPassword", password, user.getEmail());
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
            user.setPasswordHash(encoder.encode(password));
            links.closeOpenLinks(user.getId(), Instant.now());
            audit.record(link.getPurpose() == Purpose.INVITE ? "user.invitation-accepted" : "password.reset",
                    "user", user.getId(), null);
            return user;
        });
    }

    private Optional<PasswordLinkEntity> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(Hashes.sha256(token)).filter(link -> link.usable(Instant.now()))
                .filter(link -> users.findById(link.getUserId()).map(UserEntity::isEnabled).orElse(false));
    }
}
