package org.souk.partner.internal;

import java.time.Instant;
import java.util.List;

import org.souk.audit.AuditLog;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.partner.MemberRole;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of one partner account (P-06): owners invite and remove; one owner always remains. */
@Service
public class PartnerTeam {

    private final MemberRepository members;
    private final UserAccounts accounts;
    private final Partners partners;
    private final AuditLog audit;
    private final Messages messages;

    PartnerTeam(MemberRepository members, UserAccounts accounts, Partners partners, AuditLog audit,
            Messages messages) {
        this.members = members;
        this.accounts = accounts;
        this.partners = partners;
        this.audit = audit;
        this.messages = messages;
    }

    public record Member(long userId, String email, String name, MemberRole role, boolean invitationPending,
            boolean enabled, Instant addedAt) {
    }

    public record Invitation(String email, String firstName, String lastName, MemberRole role) {
    }

    @Transactional(readOnly = true)
    public List<Member> members(long partnerId) {
        return members.findByPartnerIdOrderByAddedAt(partnerId).stream()
                .flatMap(m -> accounts.find(m.getUserId()).stream().map(u -> new Member(u.id(), u.email(),
                        u.displayName(), m.getRole(), !u.passwordSet(), u.enabled(), m.getAddedAt())))
                .toList();
    }

    @Transactional
    public Member invite(SoukUser owner, Invitation invitation) {
        PartnerView partner = partners.mineAsOwner(owner);
        if (invitation.role() == null) {
            throw new InvalidInput(messages.violation("role", "P-06", "error.required"));
        }
        UserAccount user = accounts.invite(invitation.email(), invitation.firstName(), invitation.lastName(),
                Role.PARTNER, messages.inEnglish("team.invitedTo", partner.companyName(), partner.code()));
        MemberEntity member = members.save(new MemberEntity(partner.id(), user.id(), invitation.role()));
        audit.record("partner.user-invited", "partner", partner.id(), user.email() + " as " + invitation.role());
        return new Member(user.id(), user.email(), user.displayName(), member.getRole(), true, true,
                member.getAddedAt());
    }

    /** An owner makes a user of the account an owner or a developer; one owner always remains. */
    @Transactional
    public Member changeRole(SoukUser owner, long userId, MemberRole role) {
        PartnerView partner = partners.mineAsOwner(owner);
        if (role == null) {
            throw new InvalidInput(messages.violation("role", "P-06", "error.team.role"));
        }
        MemberEntity member = member(partner, userId);
        if (member.getRole() != role) {
            keepAnOwner(partner, member);
            member.setRole(role);
            audit.record("partner.user-role-changed", "partner", partner.id(), "user " + userId + " is now " + role);
        }
        return members(partner.id()).stream().filter(m -> m.userId() == userId).findFirst().orElseThrow();
    }

    private MemberEntity member(PartnerView partner, long userId) {
        return members.findByUserId(userId).filter(m -> m.getPartnerId() == partner.id())
                .orElseThrow(() -> new NotFound(messages.get("error.team.unknown", userId)));
    }

    private void keepAnOwner(PartnerView partner, MemberEntity leaving) {
        if (leaving.getRole() == MemberRole.OWNER
                && members.countByPartnerIdAndRole(partner.id(), MemberRole.OWNER) <= 1) {
            throw new Conflict("P-06", messages.get("error.team.lastOwner"));
        }
    }

    @Transactional
    public void remove(SoukUser owner, long userId) {
        PartnerView partner = partners.mineAsOwner(owner);
        MemberEntity member = member(partner, userId);
        keepAnOwner(partner, member);
        members.delete(member);
        accounts.disable(userId);
        audit.record("partner.user-removed", "partner", partner.id(), "user " + userId);
    }
}
