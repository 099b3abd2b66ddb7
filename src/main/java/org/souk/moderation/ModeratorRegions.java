package org.souk.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.market.Regions;
import org.souk.moderation.internal.ModeratorRegionEntity;
import org.souk.moderation.internal.ModeratorRegionRepository;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which regions' queues each moderator works (M-05: moderation and its chat are per region). Managers assign
 * them; a moderator without an assignment works every region, as every moderator did before assignments.
 */
@Service
public class ModeratorRegions {

    /** A moderator and the regions assigned (empty: every region). */
    public record Moderator(long id, String email, String name, boolean enabled, List<String> regions) {
    }

    private final ModeratorRegionRepository assignments;
    private final UserAccounts users;
    private final Regions regions;
    private final AuditLog audit;
    private final Messages messages;

    ModeratorRegions(ModeratorRegionRepository assignments, UserAccounts users, Regions regions, AuditLog audit,
            Messages messages) {
        this.assignments = assignments;
        this.users = users;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    /** Every moderator, by e-mail, with the regions assigned. */
    @Transactional(readOnly = true)
    public PageResponse<Moderator> moderators(int page, int size) {
        PageResponse<UserAccount> found = users.withRole(Role.MODERATOR, page, size);
        List<Long> ids = found.items().stream().map(UserAccount::id).toList();
        Map<Long, List<String>> assigned = (ids.isEmpty() ? List.<ModeratorRegionEntity>of()
                : assignments.findByUserIdIn(ids)).stream().collect(Collectors.groupingBy(ModeratorRegionEntity::getUserId,
                        Collectors.mapping(ModeratorRegionEntity::getRegion, Collectors.toList())));
        return new PageResponse<>(found.items().stream().map(u -> new Moderator(u.id(), u.email(), u.displayName(),
                u.enabled(), assigned.getOrDefault(u.id(), List.of()).stream().sorted().toList())).toList(),
                found.page(), found.size(), found.total(), found.totalPages());
    }

    /** The regions assigned to a user, sorted; empty for one who works every region. */
    @Transactional(readOnly = true)
    public List<String> of(long userId) {
        return assignments.findByUserIdOrderByRegion(userId).stream().map(ModeratorRegionEntity::getRegion).toList();
    }

    /** Whether the moderator works this region's queue. */
    public boolean works(SoukUser moderator, String region) {
        List<String> mine = of(moderator.id());
        return mine.isEmpty() || mine.contains(region);
    }

    /** Replaces the moderator's regions (none: every region); unknown regions are refused, naming them. */
    @Transactional
    public Moderator assign(SoukUser manager, long moderatorId, Collection<String> chosen) {
        UserAccount moderator = users.find(moderatorId).filter(u -> u.roles().contains(Role.MODERATOR))
                .orElseThrow(() -> new NotFound(messages.get("error.moderator.unknown", moderatorId)));
        TreeSet<String> codes = new TreeSet<>();
        for (String code : chosen == null ? List.<String>of() : chosen) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (regions.find(code.strip()).isEmpty()) {
                throw new InvalidInput(messages.violation("regions", null, "error.moderator.region", code.strip()));
            }
            codes.add(code.strip());
        }
        assignments.deleteByUser(moderatorId);
        Instant now = Instant.now();
        codes.forEach(code -> assignments.save(new ModeratorRegionEntity(moderatorId, code, manager.email(), now)));
        audit.record("moderator.regions", "user", moderatorId, codes.isEmpty() ? "every region" : String.join(",", codes));
        return new Moderator(moderator.id(), moderator.email(), moderator.displayName(), moderator.enabled(),
                List.copyOf(codes));
    }
}
