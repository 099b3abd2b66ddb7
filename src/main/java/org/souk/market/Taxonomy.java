package org.souk.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.market.internal.CategoryEntity;
import org.souk.market.internal.CategoryGroupEntity;
import org.souk.market.internal.CategoryGroupRepository;
import org.souk.market.internal.CategoryRepository;
import org.souk.market.internal.LanguageRepository;
import org.souk.market.internal.TagEntity;
import org.souk.market.internal.TagRepository;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog taxonomy: two-level categories and the tag list that solution cards choose from (C-02 … C-10).
 * Everyone reads it; market managers add groups, categories and tags, rename them (names per language, English
 * required as the fallback), and remove them while no solution uses them ({@link TaxonomyUsage}).
 */
@Service
public class Taxonomy {

    /** The rules that may restrict a category, in the order of requirements.md. */
    public static final List<String> GATES = List.of("C-04", "C-05", "C-06", "C-07", "C-08");

    private static final Pattern GROUP_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}$");
    private static final Pattern CATEGORY_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}(\\.[a-z][a-z0-9_]{1,31})?$");
    private static final Pattern TAG_CODE = GROUP_CODE;
    private static final int CATEGORY_NAME_MAX = 100;
    private static final int TAG_NAME_MAX = 60;
    private static final Sort ORDER = Sort.by("sortOrder", "code");

    private final CategoryGroupRepository groups;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final LanguageRepository languages;
    private final ObjectProvider<TaxonomyUsage> usages;
    private final AuditLog audit;
    private final Messages messages;

    Taxonomy(CategoryGroupRepository groups, CategoryRepository categories, TagRepository tags,
            LanguageRepository languages, ObjectProvider<TaxonomyUsage> usages, AuditLog audit, Messages messages) {
        this.groups = groups;
        this.categories = categories;
        this.tags = tags;
        this.languages = languages;
        this.usages = usages;
        this.audit = audit;
        this.messages = messages;
    }

    // ---- reading

    /** Every group with its categories, both in display order. */
    @Transactional(readOnly = true)
    public List<CategoryGroup> groups() {
        Map<String, List<CategoryEntity>> byGroup = categories.findAll(ORDER).stream()
                .collect(Collectors.groupingBy(CategoryEntity::getGroupCode, LinkedHashMap::new, Collectors.toList()));
        return groups.findAll(ORDER).stream().map(group -> new CategoryGroup(group.getCode(),
                Names.ordered(group.getNames()), group.getSortOrder(),
                byGroup.getOrDefault(group.getCode(), List.of()).stream().map(c -> toCategory(c, group)).toList()))
                .toList();
    }

    /** Every category, group by group, in display order. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return groups().stream().flatMap(group -> group.categories().stream()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Category> findCategory(String code) {
        return code == null ? Optional.empty() : categories.findById(code).map(this::toCategory);
    }

    public Category getCategory(String code) {
        return findCategory(code).orElseThrow(() -> new NotFound(messages.get("error.taxonomy.category.unknown", code)));
    }

    /** The known categories among {@code codes} (exact codes), in the order given, each once. */
    @Transactional(readOnly = true)
    public List<Category> findCategories(Collection<String> codes) {
        Map<String, CategoryEntity> found = byCode(categories.findAllById(distinct(codes)), CategoryEntity::getCode);
        Map<String, CategoryGroupEntity> groupsByCode = byCode(groups.findAll(), CategoryGroupEntity::getCode);
        return distinct(codes).stream().filter(found::containsKey)
                .map(code -> toCategory(found.get(code), groupsByCode.get(found.get(code).getGroupCode()))).toList();
    }

    /** The codes among {@code codes} that name no category, in the order given, each once: "unknown category X". */
    @Transactional(readOnly = true)
    public List<String> unknownCategories(Collection<String> codes) {
        Map<String, CategoryEntity> found = byCode(categories.findAllById(distinct(codes)), CategoryEntity::getCode);
        return unknown(codes, found.keySet());
    }

    /** Every tag, by code. */
    @Transactional(readOnly = true)
    public List<Tag> tags() {
        return tags.findAll(Sort.by("code")).stream().map(Taxonomy::toTag).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Tag> findTag(String code) {
        return code == null ? Optional.empty() : tags.findById(code).map(Taxonomy::toTag);
    }

    public Tag getTag(String code) {
        return findTag(code).orElseThrow(() -> new NotFound(messages.get("error.taxonomy.tag.unknown", code)));
    }

    /** The known tags among {@code codes} (exact codes), in the order given, each once. */
    @Transactional(readOnly = true)
    public List<Tag> findTags(Collection<String> codes) {
        Map<String, TagEntity> found = byCode(tags.findAllById(distinct(codes)), TagEntity::getCode);
        return distinct(codes).stream().filter(found::containsKey).map(code -> toTag(found.get(code))).toList();
    }

    /** The codes among {@code codes} that name no tag, in the order given, each once: "unknown tag X". */
    @Transactional(readOnly = true)
    public List<String> unknownTags(Collection<String> codes) {
        Map<String, TagEntity> found = byCode(tags.findAllById(distinct(codes)), TagEntity::getCode);
        return unknown(codes, found.keySet());
    }

    // ---- groups

    @Transactional
    public CategoryGroup addGroup(String code, Map<String, String> names) {
        String normalized = normalize(code);
        List<Violation> violations = new ArrayList<>();
        if (!GROUP_CODE.matcher(normalized).matches()) {
            violations.add(messages.violation("code", null, "error.taxonomy.group.code"));
        } else if (groups.existsById(normalized)) {
            violations.add(messages.violation("code", null, "error.taxonomy.group.taken"));
        }
        Map<String, String> checked = checkNames(names, Map.of(), true, CATEGORY_NAME_MAX, violations);
        checkUnique(normalized, checked, groups.findAll(), CategoryGroupEntity::getCode, CategoryGroupEntity::getNames,
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        CategoryGroupEntity group = groups.save(new CategoryGroupEntity(normalized, groups.maxSortOrder() + 10, checked));
        audit.record("category_group.added", "category_group", normalized, describe(checked));
        return new CategoryGroup(group.getCode(), Names.ordered(group.getNames()), group.getSortOrder(), List.of());
    }

    /** Sets the names given (English cannot be emptied; an empty name in another language removes it). */
    @Transactional
    public CategoryGroup renameGroup(String code, Map<String, String> names) {
        CategoryGroupEntity group = code == null ? null : groups.findById(code).orElse(null);
        if (group == null) {
            throw new NotFound(messages.get("error.taxonomy.group.unknown", code));
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> changes = checkNames(names, group.getNames(), false, CATEGORY_NAME_MAX, violations);
        checkUnique(group.getCode(), merged(group.getNames(), changes), groups.findAll(), CategoryGroupEntity::getCode,
                CategoryGroupEntity::getNames, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        apply(group.getNames(), changes);
        audit.record("category_group.renamed", "category_group", group.getCode(), describe(group.getNames()));
        return groups().stream().filter(g -> g.code().equals(group.getCode())).findFirst().orElseThrow();
    }

    /** Only a group without categories can be removed. */
    @Transactional
    public void removeGroup(String code) {
        CategoryGroupEntity group = code == null ? null : groups.findById(code).orElse(null);
        if (group == null) {
            throw new NotFound(messages.get("error.taxonomy.group.unknown", code));
        }
        if (categories.existsByGroupCode(group.getCode())) {
            throw new Conflict(null, messages.get("error.taxonomy.group.notEmpty", group.getCode()));
        }
        groups.delete(group);
        audit.record("category_group.removed", "category_group", group.getCode(), describe(group.getNames()));
    }

    // ---- categories

    /**
     * Adds a category at the end of its group. {@code code} is "group.subcategory", or the group's code for a
     * group without subcategories; {@code gate} is one of {@link #GATES} or null.
     */
    @Transactional
    public Category addCategory(String code, String group, Map<String, String> names, boolean miscellaneous,
            String gate) {
        String normalized = normalize(code);
        String groupCode = normalize(group);
        String normalizedGate = gate == null || gate.isBlank() ? null : gate.trim().toUpperCase(Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        CategoryGroupEntity groupEntity = groupCode.isEmpty() ? null : groups.findById(groupCode).orElse(null);
        if (groupEntity == null) {
            violations.add(messages.violation("group", null, "error.taxonomy.group.missing"));
        }
        if (!CATEGORY_CODE.matcher(normalized).matches()) {
            violations.add(messages.violation("code", null, "error.taxonomy.category.code"));
        } else if (groupEntity != null && !normalized.equals(groupCode) && !normalized.startsWith(groupCode + ".")) {
            violations.add(messages.violation("code", null, "error.taxonomy.category.prefix", groupCode));
        } else if (categories.existsById(normalized)) {
            violations.add(messages.violation("code", null, "error.taxonomy.category.taken"));
        }
        if (normalizedGate != null && !GATES.contains(normalizedGate)) {
            violations.add(messages.violation("gate", null, "error.taxonomy.gate", String.join(", ", GATES)));
        }
        Map<String, String> checked = checkNames(names, Map.of(), true, CATEGORY_NAME_MAX, violations);
        if (groupEntity != null) {
            checkUnique(normalized, checked, categories.findByGroupCode(groupCode), CategoryEntity::getCode,
                    CategoryEntity::getNames, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        CategoryEntity category = categories.save(new CategoryEntity(normalized, groupCode,
                categories.maxSortOrder(groupCode) + 10, checked, miscellaneous, normalizedGate));
        audit.record("category.added", "category", normalized, "group " + groupCode + "; " + describe(checked)
                + (miscellaneous ? "; miscellaneous (C-03)" : "") + (normalizedGate == null ? "" : "; gate " + normalizedGate));
        return toCategory(category, groupEntity);
    }

    /** Sets the names given (English cannot be emptied; an empty name in another language removes it). */
    @Transactional
    public Category renameCategory(String code, Map<String, String> names) {
        CategoryEntity category = code == null ? null : categories.findById(code).orElse(null);
        if (category == null) {
            throw new NotFound(messages.get("error.taxonomy.category.unknown", code));
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> changes = checkNames(names, category.getNames(), false, CATEGORY_NAME_MAX, violations);
        checkUnique(category.getCode(), merged(category.getNames(), changes),
                categories.findByGroupCode(category.getGroupCode()), CategoryEntity::getCode, CategoryEntity::getNames,
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        apply(category.getNames(), changes);
        audit.record("category.renamed", "category", category.getCode(), describe(category.getNames()));
        return toCategory(category);
    }

    /** Refused with a {@link Conflict} while a solution has chosen the category. */
    @Transactional
    public void removeCategory(String code) {
        CategoryEntity category = code == null ? null : categories.findById(code).orElse(null);
        if (category == null) {
            throw new NotFound(messages.get("error.taxonomy.category.unknown", code));
        }
        long used = usages.orderedStream().mapToLong(u -> u.solutionsInCategory(category.getCode())).sum();
        if (used > 0) {
            throw new Conflict(null, messages.get("error.taxonomy.category.used", category.getCode(), used));
        }
        try {
            categories.delete(category);
            categories.flush();
        } catch (DataIntegrityViolationException e) {
            // a reference the usage check did not count (a foreign key of another module)
            throw new Conflict(null, messages.get("error.taxonomy.category.used", category.getCode(), 1));
        }
        audit.record("category.removed", "category", category.getCode(), describe(category.getNames()));
    }

    // ---- tags

    @Transactional
    public Tag addTag(String code, Map<String, String> names) {
        String normalized = normalize(code);
        List<Violation> violations = new ArrayList<>();
        if (!TAG_CODE.matcher(normalized).matches()) {
            violations.add(messages.violation("code", null, "error.taxonomy.tag.code"));
        } else if (tags.existsById(normalized)) {
            violations.add(messages.violation("code", null, "error.taxonomy.tag.taken"));
        }
        Map<String, String> checked = checkNames(names, Map.of(), true, TAG_NAME_MAX, violations);
        checkUnique(normalized, checked, tags.findAll(), TagEntity::getCode, TagEntity::getNames, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        TagEntity tag = tags.save(new TagEntity(normalized, checked));
        audit.record("tag.added", "tag", normalized, describe(checked));
        return toTag(tag);
    }

    /** Sets the names given (English cannot be emptied; an empty name in another language removes it). */
    @Transactional
    public Tag renameTag(String code, Map<String, String> names) {
        TagEntity tag = code == null ? null : tags.findById(code).orElse(null);
        if (tag == null) {
            throw new NotFound(messages.get("error.taxonomy.tag.unknown", code));
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> changes = checkNames(names, tag.getNames(), false, TAG_NAME_MAX, violations);
        checkUnique(tag.getCode(), merged(tag.getNames(), changes), tags.findAll(), TagEntity::getCode,
                TagEntity::getNames, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        apply(tag.getNames(), changes);
        audit.record("tag.renamed", "tag", tag.getCode(), describe(tag.getNames()));
        return toTag(tag);
    }

    /** Refused with a {@link Conflict} while a solution has chosen the tag. */
    @Transactional
    public void removeTag(String code) {
        TagEntity tag = code == null ? null : tags.findById(code).orElse(null);
        if (tag == null) {
            throw new NotFound(messages.get("error.taxonomy.tag.unknown", code));
        }
        long used = usages.orderedStream().mapToLong(u -> u.solutionsWithTag(tag.getCode())).sum();
        if (used > 0) {
            throw new Conflict(null, messages.get("error.taxonomy.tag.used", tag.getCode(), used));
        }
        try {
            tags.delete(tag);
            tags.flush();
        } catch (DataIntegrityViolationException e) {
            throw new Conflict(null, messages.get("error.taxonomy.tag.used", tag.getCode(), 1));
        }
        audit.record("tag.removed", "tag", tag.getCode(), describe(tag.getNames()));
    }

    // ---- helpers

    /**
     * Checks names per language (field "names.<language>"). Adding: English is required, empty names in other
     * languages are left out. Renaming: the names given replace the current ones, English may be left out but
     * not emptied, an empty name in another language means "remove" (a null value in the result).
     */
    private Map<String, String> checkNames(Map<String, String> names, Map<String, String> current, boolean adding,
            int max, List<Violation> violations) {
        Map<String, String> result = new HashMap<>();
        Map<String, String> given = names == null ? Map.of() : names;
        if (given.isEmpty() || adding && blank(valueOf(given, Names.ENGLISH))) {
            violations.add(messages.violation("names." + Names.ENGLISH, null, "error.required"));
        }
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String language = entry.getKey() == null ? "" : entry.getKey().trim().toLowerCase(Locale.ROOT);
            String field = "names." + language;
            String name = entry.getValue() == null ? "" : entry.getValue().trim().replaceAll("\\s+", " ");
            if (language.isEmpty() || !languages.existsById(language)) {
                violations.add(messages.violation(field, null, "error.taxonomy.language"));
            } else if (name.isEmpty()) {
                if (Names.ENGLISH.equals(language)) {
                    if (!adding) {
                        violations.add(messages.violation(field, null, "error.length.between", 1, max));
                    }
                } else if (!adding && current.containsKey(language)) {
                    result.put(language, null);
                }
            } else if (name.length() > max) {
                violations.add(messages.violation(field, null, "error.length.between", 1, max));
            } else {
                result.put(language, name);
            }
        }
        return result;
    }

    /** No two siblings (tags; groups; categories of one group) share a name in one language. */
    private <E> void checkUnique(String code, Map<String, String> names, Collection<E> siblings,
            Function<E, String> codeOf, Function<E, Map<String, String>> namesOf, List<Violation> violations) {
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            for (E sibling : siblings) {
                String other = namesOf.apply(sibling).get(entry.getKey());
                if (!codeOf.apply(sibling).equals(code) && other != null && other.equalsIgnoreCase(entry.getValue())) {
                    violations.add(messages.violation("names." + entry.getKey(), null, "error.taxonomy.name.taken",
                            codeOf.apply(sibling)));
                    break;
                }
            }
        }
    }

    private static Map<String, String> merged(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> merged = new HashMap<>(current);
        apply(merged, changes);
        return merged;
    }

    private static void apply(Map<String, String> names, Map<String, String> changes) {
        changes.forEach((language, name) -> {
            if (name == null) {
                names.remove(language);
            } else {
                names.put(language, name);
            }
        });
    }

    private static String valueOf(Map<String, String> names, String language) {
        return names.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().trim().equalsIgnoreCase(language))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String normalize(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(Map<String, String> names) {
        return Names.ordered(names).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static List<String> distinct(Collection<String> codes) {
        return codes == null ? List.of()
                : new ArrayList<>(codes.stream().filter(c -> c != null).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<String> unknown(Collection<String> codes, java.util.Set<String> known) {
        if (codes == null) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            if (code == null || !known.contains(code)) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    private static <E> Map<String, E> byCode(List<E> entities, Function<E, String> codeOf) {
        return entities.stream().collect(Collectors.toMap(codeOf, Function.identity()));
    }

    private Category toCategory(CategoryEntity category) {
        return toCategory(category, groups.findById(category.getGroupCode()).orElseThrow());
    }

    private static Category toCategory(CategoryEntity category, CategoryGroupEntity group) {
        return new Category(category.getCode(), category.getGroupCode(), Names.ordered(category.getNames()),
                Names.ordered(group.getNames()), category.getSortOrder(), category.isMiscellaneous(), category.getGate());
    }

    private static Tag toTag(TagEntity tag) {
        return new Tag(tag.getCode(), Names.ordered(tag.getNames()));
    }
}
