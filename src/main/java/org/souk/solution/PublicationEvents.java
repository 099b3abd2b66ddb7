package org.souk.solution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.solution.internal.SolutionEntity;
import org.souk.webhooks.PartnerEvent;
import org.souk.webhooks.PartnerEventTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The partner's webhooks hear when a solution enters or leaves the catalog: published (an approval, or "Available in
 * the catalog" ticked again), hidden by the partner, removed by a moderator (with the reason), reinstated. Published
 * in the transaction of the change, beside {@link PublicationChanged}.
 */
@Component
class PublicationEvents implements PartnerEventTypes {

    static final String PUBLISHED = "solution.published";
    static final String HIDDEN = "solution.hidden";
    static final String REMOVED = "solution.removed";
    static final String REINSTATED = "solution.reinstated";

    private final ApplicationEventPublisher events;

    PublicationEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public List<String> types() {
        return List.of(PUBLISHED, HIDDEN, REMOVED, REINSTATED);
    }

    void tell(SolutionEntity solution, String type, Integer version, String reason) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", solution.getCode());
        item.put("listed", solution.listed());
        if (version != null) {
            item.put("version", version);
        }
        if (reason != null) {
            item.put("reason", reason);
        }
        String link = PartnerEvent.solutionLink(solution.getCode());
        events.publishEvent(new PartnerEvent(type, solution.getPartnerId(), Map.of("solution", item),
                Map.of("solution", link, "catalog", "/api/v1/catalog/solutions/" + solution.getCode())));
    }
}
