package org.souk.partner.internal;

import org.souk.partner.Registration;

/** The registration page's form; bound by field (see the controllers' init binders). */
class RegistrationForm {

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String partnerCode;
    private String companyName;
    private String companyWebsite;
    private String comment;
    private String password;
    private boolean consent;

    Registration toRegistration() {
        return new Registration(firstName, lastName, email, phone, partnerCode, companyName, companyWebsite, comment,
                password, consent);
    }

    /** A failed form comes back with everything typed except the password. */
    void forgetPassword() {
        password = null;
    }
}
