package org.souk.catalog.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.souk.market.Category;
import org.souk.market.CategoryGroup;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.market.Tag;
import org.souk.market.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * The taxonomy and the regions as the storefront reads them on every page: kept in memory and read again
 * from the market module at most every {@value #SECONDS} seconds. Reading them takes dozens of queries
 * (names per language), which the catalog's pages cannot pay on each request; a category renamed by a
 * market manager shows under its new name within that time.
 */
@Component
class TaxonomyView {

    private static final int SECONDS = 30;
    private static final Duration MAX_AGE = Duration.ofSeconds(SECONDS);

    private final Taxonomy taxonomy;
    private final Regions regions;
    private volatile Snapshot snapshot;

    TaxonomyView(Taxonomy taxonomy, Regions regions) {
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    private record Snapshot(List<CategoryGroup> groups, Map<String, Category> categories, Map<String, Tag> tags,
            List<Region> regions, long readAt) {
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > MAX_AGE.toNanos()) {
            Map<String, Category> categories = new LinkedHashMap<>();
            List<CategoryGroup> groups = taxonomy.groups();
            groups.forEach(group -> group.categories().forEach(c -> categories.put(c.code(), c)));
            Map<String, Tag> tags = new LinkedHashMap<>();
            taxonomy.tags().forEach(tag -> tags.put(tag.code(), tag));
            current = new Snapshot(groups, categories, tags, regions.all(), System.nanoTime());
            snapshot = current;
        }
        return current;
    }

    List<CategoryGroup> groups() {
        return current().groups();
    }

    Collection<Category> categories() {
        return current().categories().values();
    }

    Optional<Category> category(String code) {
        return Optional.ofNullable(code).map(current().categories()::get);
    }

    Optional<CategoryGroup> group(String code) {
        return groups().stream().filter(group -> group.code().equals(code)).findFirst();
    }

    Collection<Tag> tags() {
        return current().tags().values();
    }

    Optional<Tag> tag(String code) {
        return Optional.ofNullable(code).map(current().tags()::get);
    }

    List<Category> categories(Collection<String> codes) {
        return codes.stream().map(current().categories()::get).filter(Objects::nonNull).toList();
    }

    List<Tag> tags(Collection<String> codes) {
        return codes.stream().map(current().tags()::get).filter(Objects::nonNull).toList();
    }

    List<Region> regions() {
        return current().regions();
    }

    Optional<Region> region(String code) {
        return regions().stream().filter(region -> region.code().equals(code)).findFirst();
    }
}
