package org.souk.partner;

/** The registration form of P-01, with the password of the first user (the owner). */
public record Registration(String firstName, String lastName, String email, String phone, String partnerCode,
        String companyName, String companyWebsite, String comment, String password, Boolean consent) {
}
