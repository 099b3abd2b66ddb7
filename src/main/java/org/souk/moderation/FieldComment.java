package org.souk.moderation;

/** A moderator's remark on one field of the card or version, shown beside that field to the partner (M-04). */
public record FieldComment(String field, String comment) {
}
