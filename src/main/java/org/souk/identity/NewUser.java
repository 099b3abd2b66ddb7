package org.souk.identity;

/** What it takes to make a user who signs in with a password at once. */
public record NewUser(String email, String firstName, String lastName, String password, Role role) {
}
