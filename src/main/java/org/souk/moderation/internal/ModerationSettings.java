package org.souk.moderation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dueBusinessDays}: a submission is due this many working days after it was queued;
 * {@code claimTimeout}: a claim nobody acted on frees the submission after this long;
 * {@code throughputWindow}: the decisions of this recent period predict when a waiting one is decided.
 */
@ConfigurationProperties("souk.moderation")
public record ModerationSettings(@DefaultValue("3") int dueBusinessDays, @DefaultValue("2h") Duration claimTimeout,
        @DefaultValue("28d") Duration throughputWindow) {
}
