package org.souk.webhooks;

import java.util.List;

/**
 * The event types a module publishes as {@link PartnerEvent}s, offered to partners when they register an endpoint.
 * A module adds its own by declaring a bean: the list is not closed (reviews will add theirs). Each type's label is
 * the message {@code webhooks.event.<type>} (English and Russian).
 */
public interface PartnerEventTypes {

    List<String> types();
}
