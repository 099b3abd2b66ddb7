package org.souk.partner.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/** The company fields of P-01: required, bounded, a phone with digits, a website with http(s). */
@Component
public class ProfileChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-.]{6,40}$");

    private final Messages messages;

    ProfileChecks(Messages messages) {
        this.messages = messages;
    }

    public List<Violation> check(PartnerProfile profile) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "companyName", profile.companyName(), 200);
        required(violations, "phone", profile.phone(), 40);
        if (!blank(profile.phone()) && (!PHONE.matcher(profile.phone().trim()).matches()
                || profile.phone().chars().filter(Character::isDigit).count() < 6)) {
            violations.add(messages.violation("phone", "P-01", "error.phone.format"));
        }
        required(violations, "companyWebsite", profile.companyWebsite(), 500);
        if (!blank(profile.companyWebsite()) && !website(profile.companyWebsite().trim())) {
            violations.add(messages.violation("companyWebsite", "P-01", "error.website.format"));
        }
        if (profile.comment() != null && profile.comment().length() > 4000) {
            violations.add(messages.violation("comment", "P-01", "error.length.max", 4000));
        }
        return violations;
    }

    /** The public page's fields, all optional: a description, a support address and a support page. */
    public List<Violation> checkPublic(String description, String supportEmail, String supportUrl) {
        List<Violation> violations = new ArrayList<>();
        if (description != null && description.trim().length() > 1000) {
            violations.add(messages.violation("description", "P-01", "error.length.max", 1000));
        }
        if (!blank(supportEmail) && (supportEmail.trim().length() > 254 || !EMAIL.matcher(supportEmail.trim()).matches())) {
            violations.add(messages.violation("supportEmail", "P-01", "error.email.format"));
        }
        if (!blank(supportUrl) && (supportUrl.trim().length() > 500 || !website(supportUrl.trim()))) {
            violations.add(messages.violation("supportUrl", "P-01", "error.website.format"));
        }
        return violations;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static PartnerProfile trimmed(PartnerProfile profile) {
        return new PartnerProfile(trim(profile.companyName()), trim(profile.companyWebsite()), trim(profile.phone()),
                profile.comment() == null || profile.comment().isBlank() ? null : profile.comment().trim());
    }

    private void required(List<Violation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(messages.violation(field, "P-01", "error.required"));
        } else if (value.trim().length() > max) {
            violations.add(messages.violation(field, "P-01", "error.length.max", max));
        }
    }

    private static boolean website(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
