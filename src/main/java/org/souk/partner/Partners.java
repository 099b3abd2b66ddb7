package org.souk.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.souk.audit.AuditLog;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.partner.internal.MemberEntity;
import org.souk.partner.internal.MemberRepository;
import org.souk.partner.internal.PartnerCodes;
import org.souk.partner.internal.PartnerEntity;
import org.souk.partner.internal.PartnerProfile;
import org.souk.partner.internal.PartnerRepository;
import org.souk.partner.internal.ProfileChecks;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner accounts: registration (P-01, P-03, P-04), the profile, and who belongs to which partner. */
@Service
public class Partners {

    private final PartnerRepository partners;
    private final MemberRepository members;
    private final PartnerCodes codes;
    private final ProfileChecks profileChecks;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Messages messages;

    Partners(PartnerRepository partners, MemberRepository members, PartnerCodes codes, ProfileChecks profileChecks,
            UserAccounts accounts, ApplicationEventPublisher events, AuditLog audit, Messages messages) {
        this.partners = partners;
        this.members = members;
        this.codes = codes;
        this.profileChecks = profileChecks;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
    }

    public record Registered(PartnerView partner, UserAccount owner) {
    }

    public record CodeCheck(String code, boolean available, String message) {
    }

    /** Every field is checked at once, so the form shows all its problems together. */
    @Transactional
    public Registered register(Registration form) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(accounts.checkName("firstName", form.firstName(), "P-01"));
        violations.addAll(accounts.checkName("lastName", form.lastName(), "P-01"));
        violations.addAll(accounts.checkNewEmail("email", form.email(), "P-01"));
        codes.problem(form.partnerCode()).ifPresent(violations::add);
        PartnerProfile profile = new PartnerProfile(form.companyName(), form.companyWebsite(), form.phone(),
                form.comment());
        violations.addAll(profileChecks.check(profile));
        violations.addAll(accounts.checkPassword("password", form.password(), form.email()));
        if (!Boolean.TRUE.equals(form.consent())) {
            violations.add(messages.violation("consent", "P-01", "error.consent"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        UserAccount owner = accounts.create(new NewUser(form.email(), form.firstName(), form.lastName(),
                form.password(), Role.PARTNER));
        PartnerEntity partner = partners.save(new PartnerEntity(PartnerCodes.normalize(form.partnerCode()),
                ProfileChecks.trimmed(profile)));
        members.save(new MemberEntity(partner.getId(), owner.id(), MemberRole.OWNER));
        audit.record("partner.registered", "partner", partner.getId(), "code " + partner.getCode() + ", owner "
                + owner.email());
        events.publishEvent(new PartnerRegistered(partner.getId(), partner.getCode(), partner.getCompanyName(),
                owner.email(), owner.firstName()));
        return new Registered(partner.toView(), owner);
    }

    /** The public page of an approved partner; empty for any other code (pending and rejected ones have none). */
    @Transactional(readOnly = true)
    public Optional<PublicPartner> publicProfile(String code) {
        return partners.findByCode(code == null ? "" : code.toLowerCase(java.util.Locale.ROOT))
                .filter(p -> p.getStatus() == PartnerStatus.APPROVED).map(PartnerEntity::toPublic);
    }

    @Transactional(readOnly = true)
    public CodeCheck checkCode(String code) {
        String normalized = PartnerCodes.normalize(code);
        return codes.problem(normalized).map(v -> new CodeCheck(normalized, false, v.message()))
                .orElseGet(() -> new CodeCheck(normalized, true, messages.get("partnerCode.available", normalized)));
    }

    @Transactional(readOnly = true)
    public PartnerView ofPartnerId(long partnerId) {
        return partners.findById(partnerId).map(PartnerEntity::toView)
                .orElseThrow(() -> new NotFound(messages.get("error.partner.unknown", partnerId)));
    }

    @Transactional(readOnly = true)
    public Optional<PartnerView> ofCode(String code) {
        return partners.findByCode(code == null ? "" : code.toLowerCase(java.util.Locale.ROOT))
                .map(PartnerEntity::toView);
    }

    /** The enabled users of a partner account: who hears of moderation results (P-02, M-09) and reads the chat. */
    @Transactional(readOnly = true)
    public List<UserAccount> users(long partnerId) {
        return members.findByPartnerIdOrderByAddedAt(partnerId).stream().map(MemberEntity::getUserId)
                .flatMap(id -> accounts.find(id).stream()).filter(UserAccount::enabled).toList();
    }

    /** The partner a user belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<PartnerView> ofUser(long userId) {
        return members.findByUserId(userId).flatMap(m -> partners.findById(m.getPartnerId()))
                .map(PartnerEntity::toView);
    }

    @Transactional(readOnly = true)
    public Optional<MemberRole> roleOf(long userId) {
        return members.findByUserId(userId).map(MemberEntity::getRole);
    }

    /** The partner of the signed-in partner user; a user without one gets 404, never someone else's. */
    @Transactional(readOnly = true)
    public PartnerView mine(SoukUser user) {
        return ofUser(user.id()).orElseThrow(() -> new NotFound(messages.get("error.partner.none")));
    }

    /** Owners manage the account; developers work on solutions. */
    public PartnerView mineAsOwner(SoukUser user) {
        PartnerView partner = mine(user);
        if (roleOf(user.id()).orElse(null) != MemberRole.OWNER) {
            throw new NotAllowed("P-06", messages.get("error.partner.ownerOnly"));
        }
        return partner;
    }

    /** The first solution freezes the partner code: it is the prefix of every solution code (P-03). */
    @Transactional
    public void freezeCode(long partnerId) {
        if (partners.freezeCode(partnerId, Instant.now()) == 1) {
            audit.record("partner.code-frozen", "partner", partnerId, partners.findById(partnerId).orElseThrow().getCode());
        }
    }

    /** What needs partner status (P-05) says so, in the words of the rule. */
    public void requireApproved(PartnerView partner) {
        if (!partner.approved()) {
            throw new NotAllowed("P-05", messages.get("error.partner.notApproved"));
        }
    }

    /** {@code description}, {@code supportEmail} and {@code supportUrl} are shown on the public page; "" clears. */
    public record ProfileUpdate(String partnerCode, String companyName, String companyWebsite, String phone,
            String comment, String description, String supportEmail, String supportUrl) {
    }

    /** Partial update: a null field stays as it is. The code changes only while no solution exists (P-03). */
    @Transactional
    public PartnerView update(SoukUser user, ProfileUpdate update) {
        PartnerView mine = mineAsOwner(user);
        PartnerEntity partner = partners.findById(mine.id()).orElseThrow();
        PartnerProfile profile = new PartnerProfile(
                update.companyName() != null ? update.companyName() : mine.companyName(),
                update.companyWebsite() != null ? update.companyWebsite() : mine.companyWebsite(),
                update.phone() != null ? update.phone() : mine.phone(),
                update.comment() != null ? update.comment() : mine.comment());
        String description = update.description() != null ? update.description() : mine.description();
        String supportEmail = update.supportEmail() != null ? update.supportEmail() : mine.supportEmail();
        String supportUrl = update.supportUrl() != null ? update.supportUrl() : mine.supportUrl();
        List<Violation> violations = new ArrayList<>(profileChecks.check(profile));
        violations.addAll(profileChecks.checkPublic(description, supportEmail, supportUrl));
        String newCode = update.partnerCode() == null ? null : PartnerCodes.normalize(update.partnerCode());
        boolean codeChanges = newCode != null && !newCode.equals(partner.getCode());
        if (codeChanges) {
            if (!partner.codeChangeable()) {
                throw new Conflict("P-03", messages.get("error.partnerCode.frozen"));
            }
            codes.problem(newCode).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (codeChanges) {
            audit.record("partner.code-changed", "partner", partner.getId(), partner.getCode() + " → " + newCode);
            partner.changeCode(newCode);
        }
        partner.apply(ProfileChecks.trimmed(profile));
        partner.applyPublic(ProfileChecks.blankToNull(description), ProfileChecks.blankToNull(supportEmail),
                ProfileChecks.blankToNull(supportUrl));
        audit.record("partner.profile-updated", "partner", partner.getId(), null);
        events.publishEvent(new PartnerProfileChanged(partner.getId(), partner.getCode()));
        return partner.toView();
    }
}
