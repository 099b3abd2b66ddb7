package org.souk.partner;

import java.util.List;

import org.souk.audit.AuditLog;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.partner.internal.MemberEntity;
import org.souk.partner.internal.MemberRepository;
import org.souk.partner.internal.PartnerEntity;
import org.souk.partner.internal.PartnerRepository;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Market managers review applications for partner status (P-05); both outcomes are e-mailed (P-02). */
@Service
public class PartnerReview {

    private final PartnerRepository partners;
    private final MemberRepository members;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Messages messages;

    PartnerReview(PartnerRepository partners, MemberRepository members, UserAccounts accounts,
            ApplicationEventPublisher events, AuditLog audit, Messages messages) {
        this.partners = partners;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
    }

    /** Pending first, oldest first; optionally one status, optionally matching code or company name. */
    @Transactional(readOnly = true)
    public Page<PartnerView> page(PartnerStatus status, String query, int page, int size) {
        String q = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
        return PageResponse.read(page, size, 100, request -> partners.review(status, q, request))
                .map(PartnerEntity::toView);
    }

    @Transactional(readOnly = true)
    public PartnerView get(String code) {
        return entity(code).toView();
    }

    @Transactional
    public PartnerView approve(String code, String note) {
        PartnerEntity partner = entity(code);
        if (partner.getStatus() == PartnerStatus.APPROVED) {
            throw new Conflict("P-05", messages.get("error.partner.alreadyApproved"));
        }
        partner.review(PartnerStatus.APPROVED, blankToNull(note), reviewer());
        audit.record("partner.approved", "partner", partner.getId(), blankToNull(note));
        events.publishEvent(new PartnerApproved(partner.getId(), partner.getCode(), partner.getCompanyName(),
                owners(partner)));
        return partner.toView();
    }

    @Transactional
    public PartnerView reject(String code, String reason) {
        PartnerEntity partner = entity(code);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInput(messages.violation("reason", "P-05", "error.partner.reason"));
        }
        if (partner.getStatus() != PartnerStatus.PENDING) {
            throw new Conflict("P-05", messages.get("error.partner.notPending"));
        }
        partner.review(PartnerStatus.REJECTED, reason.trim(), reviewer());
        audit.record("partner.rejected", "partner", partner.getId(), reason.trim());
        events.publishEvent(new PartnerRejected(partner.getId(), partner.getCode(), partner.getCompanyName(),
                reason.trim(), owners(partner)));
        return partner.toView();
    }

    private List<String> owners(PartnerEntity partner) {
        return members.findByPartnerIdOrderByAddedAt(partner.getId()).stream()
                .filter(m -> m.getRole() == MemberRole.OWNER).map(MemberEntity::getUserId)
                .flatMap(id -> accounts.find(id).stream()).filter(UserAccount::enabled).map(UserAccount::email)
                .toList();
    }

    private PartnerEntity entity(String code) {
        return partners.findByCode(code == null ? "" : code.toLowerCase())
                .orElseThrow(() -> new NotFound(messages.get("error.partner.unknown", code)));
    }

    private static String reviewer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
