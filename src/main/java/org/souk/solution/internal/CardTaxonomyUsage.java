package org.souk.solution.internal;

import org.souk.market.TaxonomyUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the market which categories and tags draft cards have chosen, so that they are not removed. */
@Component
class CardTaxonomyUsage implements TaxonomyUsage {

    private final CardRepository cards;

    CardTaxonomyUsage(CardRepository cards) {
        this.cards = cards;
    }

    @Override
    @Transactional(readOnly = true)
    public long solutionsInCategory(String categoryCode) {
        return cards.countWithCategory(categoryCode);
    }

    @Override
    @Transactional(readOnly = true)
    public long solutionsWithTag(String tagCode) {
        return cards.countWithTag(tagCode);
    }
}
