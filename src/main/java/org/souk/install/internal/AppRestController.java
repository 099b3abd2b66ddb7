package org.souk.install.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.install.internal.Tokens.AccessRefused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST methods an installed app calls about itself (protocol.md): {@code app.info}, {@code scope},
 * {@code profile}, {@code methods}. The token comes in the query, a form, a JSON body or a Bearer header,
 * as the SDKs send it; {@code /rest//app.info} reaches here through {@link RestPathFilter}. Errors answer with
 * protocol.md's JSON (the SDK refreshes on 401 {@code expired_token} only).
 */
@RestController
class AppRestController {

    static final List<String> METHODS = List.of("app.info", "scope", "profile", "methods");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Tokens tokens;
    private final AccountMemberRepository members;
    private final UserAccounts users;
    private final CallQuota quota;
    private final JsonMapper json;

    AppRestController(Tokens tokens, AccountMemberRepository members, UserAccounts users, CallQuota quota,
            JsonMapper json) {
        this.tokens = tokens;
        this.members = members;
        this.users = users;
        this.quota = quota;
        this.json = json;
    }

    @RequestMapping(path = "/rest/**", method = { RequestMethod.GET, RequestMethod.POST })
    ResponseEntity<Map<String, Object>> call(HttpServletRequest request) throws IOException {
        Instant start = Instant.now();
        long begin = System.nanoTime();
        String method = method(request.getRequestURI().substring(request.getContextPath().length()));
        String auth = auth(request);
        if (auth == null) {
            return error(HttpStatus.UNAUTHORIZED, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        Tokens.Grant grant;
        try {
            grant = tokens.authenticate(auth);
        } catch (AccessRefused e) {
            return e.refusal() == Tokens.Refusal.EXPIRED
                    ? error(HttpStatus.UNAUTHORIZED, "expired_token", "The access token provided has expired.")
                    : error(HttpStatus.UNAUTHORIZED, "invalid_token", "The access token provided is invalid.");
        }
        request.setAttribute(RestCallLogFilter.INSTALLATION, grant.installationId()); // F-10: the call's log line
        CallQuota.Verdict verdict = quota.take(grant.installationId());
        if (!verdict.allowed()) {
            // protocol.md's 503, and when to try again (whole seconds, at least one)
            long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
            ResponseEntity<Map<String, Object>> refused = error(HttpStatus.SERVICE_UNAVAILABLE, "QUERY_LIMIT_EXCEEDED",
                    "Too many requests");
            return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(refused.getBody());
        }
        Object result = switch (method) {
            case "app.info" -> appInfo(grant);
            case "scope" -> grant.scopes().isEmpty() ? List.of("basic") : grant.scopes();
            case "methods" -> METHODS;
            case "profile" -> profile(grant);
            default -> null;
        };
        if (result == null) {
            return error(HttpStatus.NOT_FOUND, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("time", time(start, begin));
        return ResponseEntity.ok(body);
    }

    /** {@code /rest/app.info}, {@code /rest/app.info.json} → {@code app.info}. */
    static String method(String path) {
        String method = path.replaceFirst("^/rest/+", "").toLowerCase(Locale.ROOT);
        return method.endsWith(".json") ? method.substring(0, method.length() - 5) : method;
    }

    private String auth(HttpServletRequest request) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        String parameter = request.getParameter("auth");
        if (parameter != null && !parameter.isBlank()) {
            return parameter;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            byte[] bytes = request.getInputStream().readNBytes(1 << 20);
            if (bytes.length > 0) {
                JsonNode body = json.readTree(bytes);
                String value = body.path("auth").asString(null);
                return value == null || value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static Map<String, Object> appInfo(Tokens.Grant grant) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ID", grant.installationId());
        info.put("CODE", grant.solutionCode());
        info.put("VERSION", grant.version());
        info.put("STATUS", InstallationEntity.licenseStatus(grant.paid()));
        info.put("INSTALLED", InstallationEntity.INSTALLED.equals(grant.status()));
        info.put("PAYMENT_EXPIRED", "N");
        info.put("DAYS", null);
        info.put("LANGUAGE_ID", grant.language());
        info.put("LICENSE", grant.language() + "_" + grant.plan());
        info.put("SCOPE", grant.scope());
        return info;
    }

    private Map<String, Object> profile(Tokens.Grant grant) {
        UserAccount user = users.find(grant.userId()).orElseThrow();
        boolean admin = grant.testPartnerId() != null || members.findByAccountIdAndUserId(grant.accountId(),
                grant.userId()).map(AccountMemberEntity::isAdmin).orElse(false);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("ID", String.valueOf(user.id()));
        profile.put("ADMIN", admin);
        profile.put("NAME", user.firstName());
        profile.put("LAST_NAME", user.lastName());
        profile.put("PERSONAL_GENDER", "");
        profile.put("TIME_ZONE", "");
        profile.put("TIME_ZONE_OFFSET", 0);
        return profile;
    }

    /** The {@code time} object every answer carries: the JS SDK fails without it. */
    private static Map<String, Object> time(Instant start, long begin) {
        Instant finish = Instant.now();
        double duration = (System.nanoTime() - begin) / 1e9;
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("start", start.toEpochMilli() / 1000.0);
        time.put("finish", finish.toEpochMilli() / 1000.0);
        time.put("duration", duration);
        time.put("processing", duration);
        time.put("date_start", DATE.format(OffsetDateTime.ofInstant(start, ZoneOffset.UTC)));
        time.put("date_finish", DATE.format(OffsetDateTime.ofInstant(finish, ZoneOffset.UTC)));
        return time;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        return OAuthController.error(status, error, description);
    }
}
