package org.souk.checks.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.checks.CheckMode;

@Entity
@Table(name = "check_setting")
public class CheckSettingEntity {

    @Id
    private String rule;
    @Enumerated(EnumType.STRING)
    private CheckMode mode;
    private String updatedBy;
    private Instant updatedAt;

    protected CheckSettingEntity() {
    }

    public CheckSettingEntity(String rule) {
        this.rule = rule;
    }

    public String getRule() {
        return rule;
    }

    public CheckMode getMode() {
        return mode;
    }

    public void set(CheckMode mode, String by) {
        this.mode = mode;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }
}
