package org.souk.web;

/**
 * The names of the market's languages ("English" for en), for labels such as "Title (English)". The market
 * module has them; {@code web} may not depend on it, so it asks through this interface.
 */
public interface LanguageNames {

    /** The language's name; the code itself for a language the market does not know. */
    String name(String code);
}
