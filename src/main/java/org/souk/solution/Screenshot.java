package org.souk.solution;

/** A screenshot of the card (C-20): its blob, a thumbnail, its size and caption, in slider order. */
public record Screenshot(long id, String key, String thumbKey, int width, int height, String caption) {
}
