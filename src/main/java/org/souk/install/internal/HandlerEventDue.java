package org.souk.install.internal;

/**
 * An event for a partner's handler was recorded: stored in the event publication registry with the change
 * that raised it, so a crash before the first attempt only delays it (it is resent at start).
 */
public record HandlerEventDue(long deliveryId) {
}
