package org.souk.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a partner's program may want to hear of, published by the module where it happened, inside the
 * transaction that made it happen (so the webhook deliveries are recorded with the change, or not at all).
 *
 * @param type a declared type ({@link PartnerEventTypes}), e.g. {@code submission.returned}
 * @param partnerId the partner whose endpoints hear it
 * @param data the objects, as the API names their fields (values: strings, numbers, booleans, lists, maps)
 * @param links the objects' API paths by name ({@code /api/v1/solutions/acme.app}); made absolute when sent
 */
public record PartnerEvent(String type, long partnerId, Map<String, Object> data, Map<String, String> links) {

    public PartnerEvent {
        data = data == null ? Map.of() : new LinkedHashMap<>(data);
        links = links == null ? Map.of() : new LinkedHashMap<>(links);
    }

    /** The link to a solution of the partner's area, the one most events carry. */
    public static String solutionLink(String code) {
        return "/api/v1/solutions/" + code;
    }
}
