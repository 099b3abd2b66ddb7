package org.souk.catalog.internal;

/**
 * What the layout puts in the head of a public page for search engines and link previews: the canonical
 * address, the description and OpenGraph tags, and schema.org JSON-LD (already escaped for a script element).
 */
record PageMeta(String canonical, String title, String description, String image, String type, String jsonLd) {
}
