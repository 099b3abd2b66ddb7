package org.souk.programs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.souk.programs.internal.ComplaintEntity;
import org.souk.programs.internal.GrantEntity;
import org.souk.webhooks.PartnerEvent;
import org.souk.webhooks.PartnerEventTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The partner's webhooks hear of its programs and of complaints: a request for a sandbox or an NFR license decided,
 * a grant ending soon (the reminders 14 and 3 days before) or ended, a complaint received about one of its solutions
 * (its reason only: who complained and the text stay with the moderators).
 */
@Component
class ProgramEvents implements PartnerEventTypes {

    static final String COMPLAINT = "complaint.received";
    private static final String PROGRAMS = "/api/v1/partners/me/programs";

    private final ApplicationEventPublisher events;

    ProgramEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public List<String> types() {
        return List.of(COMPLAINT, "grant.decided", "grant.ending_soon", "grant.ended");
    }

    void grant(GrantEntity grant, ProgramNotice.Notice notice, Integer daysLeft, String reason) {
        String type = switch (notice) {
            case GRANTED, REFUSED -> "grant.decided";
            case REMINDER -> "grant.ending_soon";
            case ENDED -> "grant.ended";
            case EXTENDED -> null;
        };
        if (type == null) {
            return;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", grant.getId());
        item.put("kind", grant.getKind().name().toLowerCase(Locale.ROOT));
        item.put("status", grant.getStatus().name().toLowerCase(Locale.ROOT));
        item.put("account", grant.getAccountDomain());
        if (notice == ProgramNotice.Notice.GRANTED || notice == ProgramNotice.Notice.REFUSED) {
            item.put("decision", notice.name().toLowerCase(Locale.ROOT));
        }
        if (grant.getEndsAt() != null) {
            item.put("endsAt", grant.getEndsAt().toString());
        }
        if (daysLeft != null) {
            item.put("daysLeft", daysLeft);
        }
        if (reason != null) {
            item.put("reason", reason);
        }
        events.publishEvent(new PartnerEvent(type, grant.getPartnerId(), Map.of("grant", item),
                Map.of("programs", PROGRAMS)));
    }

    void complaint(ComplaintEntity complaint, long partnerId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", complaint.getId());
        item.put("reason", complaint.getReason().name().toLowerCase(Locale.ROOT));
        item.put("receivedAt", complaint.getCreatedAt().toString());
        events.publishEvent(new PartnerEvent(COMPLAINT, partnerId, Map.of("complaint", item,
                "solution", Map.of("code", complaint.getSolutionCode())),
                Map.of("solution", PartnerEvent.solutionLink(complaint.getSolutionCode()))));
    }
}
