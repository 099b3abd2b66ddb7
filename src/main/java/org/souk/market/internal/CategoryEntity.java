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
@Table(name = "category")
public class CategoryEntity implements TaxonomyEntity {

    @Id
    private String code;
    private String groupCode;
    private int sortOrder;
    private boolean miscellaneous;
    private String gate;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "category_name", joinColumns = @JoinColumn(name = "category_code"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected CategoryEntity() {
    }

    public CategoryEntity(String code, String groupCode, int sortOrder, Map<String, String> names,
            boolean miscellaneous, String gate) {
        this.code = code;
        this.groupCode = groupCode;
        this.sortOrder = sortOrder;
        this.names.putAll(names);
        this.miscellaneous = miscellaneous;
        this.gate = gate;
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isMiscellaneous() {
        return miscellaneous;
    }

    public String getGate() {
        return gate;
    }

    /** The names by language; changes to the map are saved. */
    public Map<String, String> getNames() {
        return names;
    }
}
