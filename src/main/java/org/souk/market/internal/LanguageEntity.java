package org.souk.market.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "market_language")
public class LanguageEntity {

    @Id
    private String code;
    private String name;

    protected LanguageEntity() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
