package org.souk.solution.internal;

/** A stored, checked image and its thumbnail. */
public record Image(String key, String thumbKey, int width, int height) {
}
