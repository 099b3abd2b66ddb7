package org.souk.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.moderation.internal.ChatMessageEntity;
import org.souk.moderation.internal.ChatMessageRepository;
import org.souk.moderation.internal.ChatReadEntity;
import org.souk.moderation.internal.ChatReadRepository;
import org.souk.moderation.internal.SubmissionRepository;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * M-05: one conversation per partner and region between the partner's users and the region's
 * moderators. A partner reaches only its own threads (its partner comes from the signed-in user, never
 * from the request); unread counts per user; e-mail to whoever is away.
 */
@Service
public class Chats {

    static final int MAX_LENGTH = 10_000;
    private static final int PAGE = 200;
    /** Someone who has not looked at a thread for this long hears of a new message by e-mail. */
    private static final Duration AWAY = Duration.ofMinutes(5);

    private final ChatMessageRepository messages;
    private final ChatReadRepository reads;
    private final SubmissionRepository submissions;
    private final Partners partners;
    private final UserAccounts accounts;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Messages texts;

    Chats(ChatMessageRepository messages, ChatReadRepository reads, SubmissionRepository submissions,
            Partners partners, UserAccounts accounts, Regions regions, ApplicationEventPublisher events,
            AuditLog audit, Messages texts) {
        this.messages = messages;
        this.reads = reads;
        this.submissions = submissions;
        this.partners = partners;
        this.accounts = accounts;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
        this.texts = texts;
    }

    /** The partner user's thread with a region's moderators; reading it marks it read. */
    @Transactional
    public ChatThread mine(SoukUser user, String region) {
        return read(user, partners.mine(user), region(region), false);
    }

    @Transactional
    public ChatMessage postMine(SoukUser user, String region, String body, Long submissionId) {
        PartnerView partner = partners.mine(user);
        return post(user, partner, region(region), body, submissionId, false);
    }

    /** A moderator's view of a partner's thread. */
    @Transactional
    public ChatThread ofPartner(SoukUser moderator, String partnerCode, String region) {
        return read(moderator, partner(partnerCode), region(region), true);
    }

    @Transactional
    public ChatMessage postToPartner(SoukUser moderator, String partnerCode, String region, String body,
            Long submissionId) {
        return post(moderator, partner(partnerCode), region(region), body, submissionId, true);
    }

    /** Messages from moderators the partner user has not read, over all regions: the badge of the partner's menu. */
    @Transactional(readOnly = true)
    public long unreadForPartner(SoukUser user) {
        return partners.ofUser(user.id()).map(partner -> {
            Map<String, Long> lastRead = new LinkedHashMap<>();
            reads.findByUserIdAndPartnerId(user.id(), partner.id())
                    .forEach(r -> lastRead.put(r.getRegion(), r.getLastReadId()));
            return messages.regionsOf(partner.id()).stream().mapToLong(region -> messages
                    .countByPartnerIdAndRegionAndFromModeratorAndIdGreaterThan(partner.id(), region, true,
                            lastRead.getOrDefault(region, 0L)))
                    .sum();
        }).orElse(0L);
    }

    /** A thread in the moderators' list: who, where, the last message, how many this moderator has not read. */
    public record ThreadSummary(String partnerCode, String partnerName, String region, ChatMessage last,
            long unread) {
    }

    /** Every thread, the most recently active first, with this moderator's unread counts. */
    @Transactional(readOnly = true)
    public PageResponse<ThreadSummary> threads(SoukUser moderator, int page, int size) {
        long total = messages.countThreads();
        PageRequest request = PageResponse.request(page, size, 200);
        // a page past the end shows the last one
        request = request.withPage((int) Math.min(request.getPageNumber(),
                Math.max(total - 1, 0) / request.getPageSize()));
        List<ThreadSummary> items = new ArrayList<>();
        for (Object[] row : messages.threads(request)) {
            long partnerId = ((Number) row[0]).longValue();
            String region = (String) row[1];
            ChatMessageEntity last = messages.findById(((Number) row[2]).longValue()).orElseThrow();
            long read = reads.findById(new ChatReadEntity.Key(moderator.id(), partnerId, region))
                    .map(ChatReadEntity::getLastReadId).orElse(0L);
            PartnerView partner = partners.ofPartnerId(partnerId);
            items.add(new ThreadSummary(partner.code(), partner.companyName(), region, view(last),
                    messages.countByPartnerIdAndRegionAndFromModeratorAndIdGreaterThan(partnerId, region, false,
                            read)));
        }
        return new PageResponse<>(items, request.getPageNumber(), request.getPageSize(), total,
                (int) ((total + request.getPageSize() - 1) / request.getPageSize()));
    }

    /** Posts in the partner's name the request to cancel a submission a moderator already holds (M-10). */
    void askToCancel(SoukUser user, long partnerId, String region, long submissionId, String solutionCode) {
        post(user, partners.ofPartnerId(partnerId), region, texts.get("chat.cancelRequest", solutionCode),
                submissionId, false);
    }

    private ChatThread read(SoukUser reader, PartnerView partner, String region, boolean moderatorSide) {
        List<ChatMessageEntity> page = new ArrayList<>(
                messages.findByPartnerIdAndRegionOrderByIdDesc(partner.id(), region, PageRequest.of(0, PAGE)));
        Collections.reverse(page);
        ChatReadEntity read = reads.findById(new ChatReadEntity.Key(reader.id(), partner.id(), region))
                .orElseGet(() -> new ChatReadEntity(reader.id(), partner.id(), region));
        long unread = messages.countByPartnerIdAndRegionAndFromModeratorAndIdGreaterThan(partner.id(), region,
                !moderatorSide, read.getLastReadId());
        if (!page.isEmpty()) {
            read.read(page.get(page.size() - 1).getId());
        } else {
            read.read(0);
        }
        reads.save(read);
        return new ChatThread(partner.code(), partner.companyName(), region,
                page.stream().map(Chats::view).toList(), messages.countByPartnerIdAndRegion(partner.id(), region),
                unread);
    }

    private ChatMessage post(SoukUser author, PartnerView partner, String region, String body, Long submissionId,
            boolean fromModerator) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInput(texts.violation("body", "M-05", "error.chat.body", MAX_LENGTH));
        }
        if (submissionId != null && submissions.findById(submissionId)
                .filter(s -> s.getPartnerId() == partner.id()).isEmpty()) {
            throw new InvalidInput(texts.violation("submissionId", "M-05", "error.chat.submission"));
        }
        ChatMessageEntity message = messages.save(new ChatMessageEntity(partner.id(), region, submissionId,
                author.id(), author.displayName(), fromModerator, text));
        ChatReadEntity read = reads.findById(new ChatReadEntity.Key(author.id(), partner.id(), region))
                .orElseGet(() -> new ChatReadEntity(author.id(), partner.id(), region));
        read.read(message.getId());
        reads.save(read);
        audit.record("chat.message", "partner", partner.code(), region + (fromModerator ? ", moderator" : ""));
        List<Recipient> away = fromModerator ? awayPartnerUsers(partner, region) : awayModerators(partner, region,
                author.id());
        if (!away.isEmpty()) {
            events.publishEvent(new ChatMessagePosted(partner.code(), region, author.displayName(),
                    text.length() > 500 ? text.substring(0, 500) + "…" : text, away,
                    fromModerator ? "/partner/chats/" + region : "/moderation/chats/" + partner.code() + "/" + region));
        }
        return view(message);
    }

    private List<Recipient> awayPartnerUsers(PartnerView partner, String region) {
        return partners.users(partner.id()).stream().filter(user -> away(user.id(), partner.id(), region))
                .map(user -> new Recipient(user.id(), user.email())).toList();
    }

    /** The moderators who wrote in this thread or hold a submission of the partner, if they are away. */
    private List<Recipient> awayModerators(PartnerView partner, String region, long authorId) {
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>(messages.moderatorsOf(partner.id(), region));
        submissions.findByPartnerIdOrderByIdDesc(partner.id()).stream()
                .filter(s -> s.getStatus().open() && s.claimed(now) && s.getRegion().equals(region))
                .flatMap(s -> accounts.findByEmail(s.getClaimedBy()).stream()).forEach(a -> {
                    if (!ids.contains(a.id())) {
                        ids.add(a.id());
                    }
                });
        return ids.stream().filter(id -> id != authorId && away(id, partner.id(), region))
                .flatMap(id -> accounts.find(id).stream()).filter(a -> a.enabled())
                .map(a -> new Recipient(a.id(), a.email())).toList();
    }

    private boolean away(long userId, long partnerId, String region) {
        return reads.findById(new ChatReadEntity.Key(userId, partnerId, region)).map(ChatReadEntity::getReadAt)
                .map(at -> at.isBefore(Instant.now().minus(AWAY))).orElse(true);
    }

    private PartnerView partner(String code) {
        return partners.ofCode(code).orElseThrow(() -> new NotFound(texts.get("error.partner.unknown", code)));
    }

    private String region(String code) {
        return regions.find(code).map(Region::code)
                .orElseThrow(() -> new NotFound(texts.get("error.chat.region", code)));
    }

    private static ChatMessage view(ChatMessageEntity m) {
        return new ChatMessage(m.getId(), m.getAuthorName(), m.isFromModerator(), m.getBody(), m.getSubmissionId(),
                m.getCreatedAt());
    }
}
