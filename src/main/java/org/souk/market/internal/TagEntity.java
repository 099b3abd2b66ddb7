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
@Table(name = "tag")
public class TagEntity implements TaxonomyEntity {

    @Id
    private String code;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "tag_name", joinColumns = @JoinColumn(name = "tag_code"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected TagEntity() {
    }

    public TagEntity(String code, Map<String, String> names) {
        this.code = code;
        this.names.putAll(names);
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    /** The names by language; changes to the map are saved. */
    public Map<String, String> getNames() {
        return names;
    }
}
