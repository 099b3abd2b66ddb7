package org.souk.market;

/**
 * Implemented by a module whose objects point at categories or tags (the solution cards), so that the market
 * refuses to remove a category or a tag that is still chosen. Every bean of this type is asked; the market itself
 * depends on none of them.
 */
public interface TaxonomyUsage {

    /** How many solutions (in any state) have chosen the category. */
    long solutionsInCategory(String categoryCode);

    /** How many solutions (in any state) have chosen the tag. */
    long solutionsWithTag(String tagCode);
}
