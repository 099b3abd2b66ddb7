package org.souk.solution;

/** The texts of a card in one language (C-01, C-12, C-13, C-16, C-17, C-18). */
public record CardText(String title, String shortDescription, String fullDescription, String keywords,
        String installation, String support) {
}
