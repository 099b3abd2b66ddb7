package org.souk.market.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.souk.web.LanguageNames;
import org.springframework.stereotype.Component;

/**
 * The market's language names for the field labels of {@code web}. A page labels dozens of fields, so the
 * few names are read once a minute rather than once a label (a language added shows within a minute).
 */
@Component("languageNames")
class MarketLanguageNames implements LanguageNames {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final LanguageRepository languages;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    MarketLanguageNames(LanguageRepository languages) {
        this.languages = languages;
    }

    @Override
    public String name(String code) {
        if (Instant.now().isAfter(readAt.plus(KEPT)) || !names.containsKey(code)) {
            refresh();
        }
        return names.getOrDefault(code, code);
    }

    private void refresh() {
        if (Instant.now().isBefore(readAt.plusSeconds(1))) {
            return; // an unknown code asked again and again reads the table at most once a second
        }
        names = languages.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(LanguageEntity::getCode, LanguageEntity::getName));
        readAt = Instant.now();
    }
}
