package org.souk.moderation;

/** A user to tell of something: in the app by id, by e-mail at the address. */
public record Recipient(long userId, String email) {
}
