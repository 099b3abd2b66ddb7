package org.souk.market;

import java.util.Map;

/**
 * A catalog category. {@code code} is "group.subcategory" ({@code integrations.telephony}), or the group's own
 * code for a group that is a category by itself ({@code miscellaneous}, {@code migration}). {@code names} and
 * {@code groupNames} are keyed by language; English is always there. {@code miscellaneous}: the catch-all that
 * C-03 allows only when no other category fits. {@code gate}: the rule that restricts who may choose it
 * ("C-04" telephony, "C-05" CRM presets, "C-06" workflows, "C-07" automation rules and triggers, "C-08" chat
 * bots), or null.
 */
public record Category(String code, String group, Map<String, String> names, Map<String, String> groupNames,
        int sortOrder, boolean miscellaneous, String gate) {

    /** The name in a language ("ru"), else in English: "Telephony". */
    public String name(String language) {
        return Names.in(names, language);
    }

    public String groupName(String language) {
        return Names.in(groupNames, language);
    }

    /** "Integrations – Telephony"; just "Miscellaneous" for a group that is a category by itself. */
    public String fullName(String language) {
        return topLevel() ? name(language) : groupName(language) + " – " + name(language);
    }

    /** A group without subcategories: the category's code is the group's. */
    public boolean topLevel() {
        return code.equals(group);
    }
}
