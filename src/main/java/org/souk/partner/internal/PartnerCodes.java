package org.souk.partner.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/**
 * The partner code (P-03): the prefix of every solution code ({@code partnercode.appcode}). Lower-case
 * latin letters, digits and underscores, starting with a letter, 2-32 characters; unique regardless of
 * case (input is lower-cased); words the market itself uses are reserved.
 */
@Component
public class PartnerCodes {

    private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9_]{1,31}$");
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "api", "app", "apps", "bitrix",
            "bitrix24", "catalog", "dev", "developer", "help", "login", "manage", "market", "marketplace",
            "moderator", "moderation", "null", "oauth", "partner", "partners", "rest", "root", "sandbox", "souk",
            "static", "support", "system", "test", "undefined", "webjars", "www");

    private final PartnerRepository partners;
    private final Messages messages;

    PartnerCodes(PartnerRepository partners, Messages messages) {
        this.partners = partners;
        this.messages = messages;
    }

    public static String normalize(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the code for a new or renamed partner; empty when it can be taken. */
    public Optional<Violation> problem(String code) {
        String normalized = normalize(code);
        if (normalized.isEmpty()) {
            return Optional.of(messages.violation("partnerCode", "P-03", "error.required"));
        }
        if (!FORMAT.matcher(normalized).matches()) {
            return Optional.of(messages.violation("partnerCode", "P-03", "error.partnerCode.format"));
        }
        if (RESERVED.contains(normalized)) {
            return Optional.of(messages.violation("partnerCode", "P-03", "error.partnerCode.reserved", normalized));
        }
        if (partners.existsByCode(normalized)) {
            return Optional.of(messages.violation("partnerCode", "P-03", "error.partnerCode.taken", normalized));
        }
        return Optional.empty();
    }
}
