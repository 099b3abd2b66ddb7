package org.souk.solution;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.market.Language;
import org.souk.market.Regions;
import org.souk.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Field paths as partners read them: {@code card.texts.en.installation} is "Installation (English)", as the
 * card form labels it. The paths stay for the API and the moderators; pages and e-mails for partners show
 * these labels ({@code ${@fieldLabels.of(field)}} in a template).
 */
@Component("fieldLabels")
public class FieldLabels {

    private static final Pattern TEXT = Pattern.compile("card\\.texts\\.([a-z]{2,3})(?:\\.(\\w+))?");
    private static final Pattern WHATS_NEW = Pattern.compile("version\\.whatsNew(?:\\.([a-z]{2,3}))?");
    /** Paths whose label is not {@code card.field.<name>}. */
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("card.icon", "card.icon"),
            Map.entry("card.screenshots", "card.screenshots"), Map.entry("screenshot", "card.screenshots"),
            Map.entry("icon", "card.icon"), Map.entry("archive", "version.archive"),
            Map.entry("version.archive", "version.archive"), Map.entry("version.appUrl", "version.appUrl"),
            Map.entry("version.installerUrl", "version.installerUrl"),
            Map.entry("version.handlerUrl", "version.handlerUrl"), Map.entry("version.scopes", "version.scopes"),
            Map.entry("version.placements", "version.placements"));

    private final Messages messages;
    private final Regions regions;

    FieldLabels(Messages messages, Regions regions) {
        this.messages = messages;
        this.regions = regions;
    }

    /** The label of the field in the UI language; null for a path no form shows (the caller shows nothing). */
    public String of(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        Matcher text = TEXT.matcher(field);
        if (text.matches()) {
            String language = language(text.group(1));
            return text.group(2) == null ? messages.get("card.field.texts", language)
                    : known("card.field." + text.group(2)) == null ? null
                            : messages.get("card.field.inLanguage", known("card.field." + text.group(2)), language);
        }
        Matcher whatsNew = WHATS_NEW.matcher(field);
        if (whatsNew.matches()) {
            return whatsNew.group(1) == null ? messages.get("version.whatsNew")
                    : messages.get("card.field.inLanguage", messages.get("version.whatsNew"),
                            language(whatsNew.group(1)));
        }
        if (KEYS.containsKey(field)) {
            return messages.get(KEYS.get(field));
        }
        return field.startsWith("card.") ? known("card.field." + field.substring(5)) : null;
    }

    private String known(String key) {
        String label = messages.get(key);
        return label.equals(key) ? null : label;
    }

    private String language(String code) {
        return regions.languages().stream().filter(l -> l.code().equals(code)).map(Language::name).findFirst()
                .orElse(code);
    }
}
