package org.souk.programs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.moderation.Chats;
import org.souk.moderation.ModerationDesk;
import org.souk.partner.Partners;
import org.souk.programs.internal.ComplaintEntity;
import org.souk.programs.internal.ComplaintRepository;
import org.souk.programs.internal.ProgramSettings;
import org.souk.solution.Revisions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * G-03: complaints about published solutions reach the moderators of the solution's home region, who dismiss
 * them, ask the partner in the chat, or remove the solution (M-06), which confirms them. Partners with repeated
 * confirmed complaints are shown to the managers, who may end their sandboxes (G-01).
 */
@Service
public class Complaints {

    static final int MAX_TEXT = 4000;

    private final ComplaintRepository complaints;
    private final Revisions revisions;
    private final ModerationDesk desk;
    private final Chats chats;
    private final Grants grants;
    private final Partners partners;
    private final ProgramSettings settings;
    private final AuditLog audit;
    private final Messages messages;
    private final ProgramEvents webhooks;

    Complaints(ComplaintRepository complaints, Revisions revisions, ModerationDesk desk, Chats chats, Grants grants,
            Partners partners, ProgramSettings settings, AuditLog audit, Messages messages, ProgramEvents webhooks) {
        this.webhooks = webhooks;
        this.complaints = complaints;
        this.revisions = revisions;
        this.desk = desk;
        this.chats = chats;
        this.grants = grants;
        this.partners = partners;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
    }

    /** Thrown when an address without a signed-in user sent too many complaints within the hour. */
    public static class TooMany extends RuntimeException {

        TooMany(String message) {
            super(message);
        }
    }

    /**
     * A complaint about a listed solution; {@code author} null for an anonymous one, which is limited per client
     * address (the stored complaints are the counter, so the limit holds across nodes).
     */
    @Transactional
    public Complaint file(SoukUser author, String code, NewComplaint complaint, String clientAddress) {
        var listing = revisions.listing(code).orElseThrow(() -> new NotFound(
                messages.get("programs.complaint.unlisted", code)));
        List<Violation> violations = new ArrayList<>();
        if (complaint.reason() == null) {
            violations.add(messages.violation("reason", "G-03", "programs.complaint.error.reason"));
        }
        String text = complaint.text() == null ? "" : complaint.text().strip();
        if (text.length() < 10 || text.length() > MAX_TEXT) {
            violations.add(messages.violation("text", "G-03", "programs.complaint.error.text", MAX_TEXT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Instant now = Instant.now();
        if (author == null && complaints.countByClientAddressAndAuthorUserIdIsNullAndCreatedAtAfter(clientAddress,
                now.minus(Duration.ofHours(1))) >= settings.anonymousComplaintsPerHour()) {
            throw new TooMany(messages.get("programs.complaint.error.tooMany", settings.anonymousComplaintsPerHour()));
        }
        Revisions.Owner owner = revisions.owner(listing.code());
        ComplaintEntity saved = complaints.save(new ComplaintEntity(listing.code(), owner.partnerId(),
                partners.ofPartnerId(owner.partnerId()).code(), owner.regions().get(0), complaint.reason(),
                text, author == null ? null : author.id(), author == null ? null : author.email(), clientAddress, now));
        audit.record("complaint.filed", "solution", listing.code(), complaint.reason() + " #" + saved.getId());
        webhooks.complaint(saved, owner.partnerId());
        return view(saved);
    }

    /** The moderators' queue of open complaints, oldest first; {@code region} null: every region. */
    @Transactional(readOnly = true)
    public PageResponse<Complaint> queue(String region, int page, int size) {
        return PageResponse.read(page, size, 200, pageable -> region == null || region.isBlank()
                ? complaints.findByStatusOrderByCreatedAtAscIdAsc(ComplaintStatus.OPEN, pageable)
                : complaints.findByRegionAndStatusOrderByCreatedAtAscIdAsc(region, ComplaintStatus.OPEN, pageable),
                this::view);
    }

    @Transactional
    public Complaint dismiss(SoukUser moderator, long id, String note) {
        ComplaintEntity complaint = open(id);
        complaint.close(ComplaintStatus.DISMISSED, moderator.email(), blankToNull(note), Instant.now());
        audit.record("complaint.dismissed", "solution", complaint.getSolutionCode(), "#" + id);
        return view(complaint);
    }

    /** The moderator asks the partner in the region's chat; the complaint stays in the queue, marked asked. */
    @Transactional
    public Complaint ask(SoukUser moderator, long id, String message) {
        ComplaintEntity complaint = open(id);
        if (message == null || message.isBlank()) {
            throw new InvalidInput(messages.violation("message", "G-03", "programs.complaint.error.message"));
        }
        chats.postToPartner(moderator, complaint.getPartnerCode(), complaint.getRegion(),
                messages.inEnglish("programs.complaint.chat", complaint.getSolutionCode(), message.strip()), null);
        complaint.asked(Instant.now());
        audit.record("complaint.asked", "solution", complaint.getSolutionCode(), "#" + id);
        return view(complaint);
    }

    /**
     * M-06 through the moderators' desk (the partner is told); the complaint and every other open one about the
     * solution are confirmed by the removal.
     */
    @Transactional
    public Complaint remove(SoukUser moderator, long id, String reason) {
        ComplaintEntity complaint = open(id);
        desk.remove(moderator, complaint.getSolutionCode(), reason);
        Instant now = Instant.now();
        complaints.findBySolutionCodeAndStatus(complaint.getSolutionCode(), ComplaintStatus.OPEN)
                .forEach(c -> c.close(ComplaintStatus.REMOVED, moderator.email(), reason.strip(), now));
        audit.record("complaint.removed", "solution", complaint.getSolutionCode(), "#" + id);
        return view(complaint);
    }

    /** A partner whose confirmed complaints reached the configured number, with the sandboxes a manager may end. */
    public record ComplainedPartner(long partnerId, String partnerCode, long confirmed, List<Grant> sandboxes) {
    }

    @Transactional(readOnly = true)
    public PageResponse<ComplainedPartner> repeated(int page, int size) {
        var found = complaints.partnersWith(ComplaintStatus.REMOVED, settings.repeatedComplaints(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
        return PageResponse.of(found, row -> new ComplainedPartner((Long) row[0], (String) row[1], (Long) row[2],
                grants.activeSandboxes((Long) row[0])));
    }

    private ComplaintEntity open(long id) {
        ComplaintEntity complaint = entity(id);
        if (complaint.getStatus() != ComplaintStatus.OPEN) {
            throw new Conflict("G-03", messages.get("programs.complaint.error.closed", complaint.getStatus()));
        }
        return complaint;
    }

    private ComplaintEntity entity(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFound(messages.get("programs.complaint.unknown", id)));
    }

    private Complaint view(ComplaintEntity c) {
        return new Complaint(c.getId(), c.getSolutionCode(), c.getPartnerCode(), c.getRegion(), c.getReason(),
                c.getBody(), c.getAuthorEmail(), c.getStatus(), c.getCreatedAt(), c.getAskedAt(), c.getHandledBy(),
                c.getHandledAt(), c.getResolution());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
