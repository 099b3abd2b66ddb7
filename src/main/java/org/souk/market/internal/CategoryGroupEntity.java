package org.souk.market.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "category_group")
public class CategoryGroupEntity implements TaxonomyEntity {

    @Id
    private String code;
    private int sortOrder;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "category_group_name", joinColumns = @JoinColumn(name = "group_code"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected CategoryGroupEntity() {
    }

    public CategoryGroupEntity(String code, int sortOrder, Map<String, String> names) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.names.putAll(names);
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** The names by language; changes to the map are saved. */
    public Map<String, String> getNames() {
        return names;
    }
}
