package org.souk.checks.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "check_word")
public class CheckWordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String list;
    private String language;
    private String word;
    private String correction;

    protected CheckWordEntity() {
    }

    public CheckWordEntity(String list, String language, String word, String correction) {
        this.list = list;
        this.language = language;
        this.word = word;
        this.correction = correction;
    }

    public Long getId() {
        return id;
    }

    public String getList() {
        return list;
    }

    public String getLanguage() {
        return language;
    }

    public String getWord() {
        return word;
    }

    public String getCorrection() {
        return correction;
    }
}
