package org.souk.solution.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;

/** The draft card of one solution. */
@Entity
@Table(name = "solution_card")
public class CardEntity {

    @Embeddable
    public static class Texts {
        private String title;
        private String shortDescription;
        private String fullDescription;
        private String keywords;
        private String installation;
        private String support;

        protected Texts() {
        }

        Texts(CardText text) {
            title = text.title();
            shortDescription = text.shortDescription();
            fullDescription = text.fullDescription();
            keywords = text.keywords();
            installation = text.installation();
            support = text.support();
        }

        CardText toCardText() {
            return new CardText(title, shortDescription, fullDescription, keywords, installation, support);
        }
    }

    @Id
    private Long solutionId;
    @Enumerated(EnumType.STRING)
    private PricingPolicy pricingPolicy;
    private String licenseUrl;
    private String privacyUrl;
    private String contactUrl;
    private String demoUrl;
    private String testData;
    private String iconKey;
    private String iconThumbKey;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_card_category", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    @Column(name = "category_code")
    private List<String> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_card_tag", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag_code")
    private List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_card_text", joinColumns = @JoinColumn(name = "solution_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Texts> texts = new LinkedHashMap<>();

    protected CardEntity() {
    }

    public Long getSolutionId() {
        return solutionId;
    }

    public CardEntity(long solutionId) {
        this.solutionId = solutionId;
        this.updatedAt = Instant.now();
    }

    public PricingPolicy getPricingPolicy() {
        return pricingPolicy;
    }

    public Card toCard(List<Screenshot> screenshots) {
        Map<String, CardText> byLanguage = new LinkedHashMap<>();
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byLanguage.put(e.getKey(), e.getValue().toCardText()));
        return new Card(List.copyOf(categories), List.copyOf(tags), byLanguage, iconKey, iconThumbKey, screenshots,
                licenseUrl, privacyUrl, contactUrl, demoUrl, pricingPolicy, testData);
    }

    /** Applies a validated card, field by field (a partial update has been merged by the caller). */
    public void apply(Card card) {
        categories.clear();
        categories.addAll(card.categories());
        tags.clear();
        tags.addAll(card.tags());
        texts.clear();
        card.texts().forEach((language, text) -> texts.put(language, new Texts(text)));
        licenseUrl = card.licenseUrl();
        privacyUrl = card.privacyUrl();
        contactUrl = card.contactUrl();
        demoUrl = card.demoUrl();
        pricingPolicy = card.pricingPolicy();
        testData = card.testData();
        updatedAt = Instant.now();
    }

    public void setIcon(String key, String thumbKey) {
        iconKey = key;
        iconThumbKey = thumbKey;
        updatedAt = Instant.now();
    }
}
