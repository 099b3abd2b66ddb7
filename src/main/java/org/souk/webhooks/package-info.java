/**
 * Partners' webhooks (issue 16): endpoints a partner registers with the events it wants and a secret shown once;
 * every {@link org.souk.webhooks.PartnerEvent} another module publishes is recorded, in the transaction that caused
 * it, as one delivery per subscribed endpoint, and sent signed (HMAC-SHA256, {@code Souk-Signature}) through the
 * outbound module's guarded client on a bounded pool, retried with a doubling back-off for a day, at least once and
 * in order of occurrence per endpoint. The event list is open: a module declares its types with a
 * {@link org.souk.webhooks.PartnerEventTypes} bean and publishes {@code PartnerEvent}s. Depends on identity, partner,
 * outbound, audit, cluster and web only, so that any module that knows partners may publish.
 */
package org.souk.webhooks;
