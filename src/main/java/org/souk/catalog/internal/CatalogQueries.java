package org.souk.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/**
 * Reads a search from request parameters, as the pages and the API take them; unknown values are
 * violations (422 with the field), never silently ignored. {@code category} names either level of the
 * taxonomy: a category, or a group with all its categories.
 */
@Component
class CatalogQueries {

    private final TaxonomyView taxonomy;
    private final Messages messages;

    CatalogQueries(TaxonomyView taxonomy, Messages messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** The raw parameters of a search; blank means "not given". */
    record Params(String q, String region, String category, String tag, String pricing, String technology,
            String recommended, String partner, String sort, String page, String size) {
    }

    CatalogQuery parse(Params params) {
        List<Violation> violations = new ArrayList<>();
        String q = blank(params.q()) ? null : params.q().trim();
        if (q != null && q.length() > 200) {
            violations.add(messages.violation("q", null, "error.length.between", 1, 200));
        }
        String region = code(params.region());
        if (region != null && taxonomy.region(region).isEmpty()) {
            violations.add(messages.violation("region", null, "catalog.error.region", region));
        }
        String category = code(params.category());
        String group = null;
        if (category != null && taxonomy.category(category).isEmpty()) {
            group = category;
            category = null;
            if (taxonomy.group(group).isEmpty()) {
                violations.add(messages.violation("category", null, "catalog.error.category", group));
            }
        }
        String tag = code(params.tag());
        if (tag != null && taxonomy.tag(tag).isEmpty()) {
            violations.add(messages.violation("tag", null, "catalog.error.tag", tag));
        }
        PricingPolicy pricing = constant(PricingPolicy.class, params.pricing(), "pricing", violations);
        TechnologyType technology = constant(TechnologyType.class, params.technology(), "technology", violations);
        boolean recommended = "true".equalsIgnoreCase(params.recommended()) || "on".equalsIgnoreCase(params.recommended());
        CatalogSort sort = blank(params.sort()) ? CatalogSort.RELEVANCE : CatalogSort.parse(params.sort().trim())
                .orElse(null);
        if (sort == null) {
            violations.add(messages.violation("sort", null, "catalog.error.sort"));
        }
        int page = number(params.page(), 0, 0, 10_000, "page", violations);
        int size = number(params.size(), CatalogQuery.DEFAULT_SIZE, 1, CatalogQuery.MAX_SIZE, "size", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new CatalogQuery(q, region, group, category, tag, pricing, technology, recommended,
                code(params.partner()), sort, page, size);
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String field, List<Violation> violations) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(messages.violation(field, null, "catalog.error.value", value.trim()));
            return null;
        }
    }

    private int number(String value, int fallback, int min, int max, String field, List<Violation> violations) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(messages.violation(field, null, "catalog.error.range", min, max));
        return fallback;
    }

    private static String code(String value) {
        return blank(value) ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
