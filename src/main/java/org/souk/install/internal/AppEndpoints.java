package org.souk.install.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.souk.install.internal.Tokens.AccessRefused;
import org.souk.install.internal.Tokens.Kind;
import org.souk.install.internal.Tokens.TokenRefused;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two endpoints an app's server calls all day (protocol.md): the token endpoint {@code /oauth/token/} (GET
 * and form POST, with or without the slash) and the REST methods an installed app calls about itself under
 * {@code /rest/} ({@code app.info}, {@code scope}, {@code profile}, {@code methods}). They are the hottest paths
 * of the market and need nothing of the web stack: no session, no CSRF, no security chain (the client's keys or
 * the access token are the authentication), no content negotiation, no view. So they are served here, by a servlet
 * filter ahead of every other one ({@link InstallConfiguration}), and never reach Spring MVC.
 *
 * <p>Errors answer with protocol.md's JSON ({@code error}, {@code error_description}), not problem details: the
 * SDKs read {@code error} and refresh on 401 {@code expired_token} only. The token comes in the query, a form, a
 * JSON body or a Bearer header, as the SDKs send it, and {@code /rest//app.info} (the official JS SDK's double
 * slash) is the same method as {@code /rest/app.info}.
 */
@Component
class AppEndpoints implements Filter {

    static final List<String> METHODS = List.of("app.info", "scope", "profile", "methods");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The calling installation's id once its token is read (a {@code Long}), for the REST call log. */
    private static final String INSTALLATION = AppEndpoints.class.getName() + ".installation";

    private final Tokens tokens;
    private final Endpoints endpoints;
    private final InstallSettings settings;
    private final AppUsers users;
    private final CallQuota quota;
    private final RestCallLog log;
    private final JsonMapper json;

    AppEndpoints(Tokens tokens, Endpoints endpoints, InstallSettings settings, AppUsers users, CallQuota quota,
            RestCallLog log, JsonMapper json) {
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.settings = settings;
        this.users = users;
        this.quota = quota;
        this.log = log;
        this.json = json;
    }

    /** What an endpoint answers. {@code retryAfter}: seconds, or null. */
    private record Answer(int status, Map<String, Object> body, String retryAfter) {

        static Answer error(int status, String error, String description) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", error);
            body.put("error_description", description);
            return new Answer(status, body, null);
        }
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String verb = request.getMethod();
        if (!"GET".equals(verb) && !"POST".equals(verb)) {
            response.setHeader("Allow", "GET, POST");
            write(response, Answer.error(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "invalid_request",
                    "Only GET and POST are answered here"), true);
            return;
        }
        // form parameters are UTF-8 whatever the client declares (Tomcat's default would be ISO-8859-1)
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/rest")) {
            Instant start = Instant.now();
            long begin = System.nanoTime();
            String method = method(path);
            Answer answer = rest(method, request);
            if (answer.status() == HttpServletResponse.SC_OK) {
                answer.body().put("time", time(start, begin));
            }
            write(response, answer, answer.status() != HttpServletResponse.SC_OK);
            // F-10: a call with a valid token goes to its installation's call log (a bounded queue, no I/O here)
            if (request.getAttribute(INSTALLATION) instanceof Long installation) {
                log.record(installation, method, start, answer.status(), System.nanoTime() - begin);
            }
        } else {
            write(response, token(request), true);
        }
    }

    private Answer token(HttpServletRequest request) {
        String grantType = request.getParameter("grant_type");
        Kind kind = "authorization_code".equals(grantType) ? Kind.CODE
                : "refresh_token".equals(grantType) ? Kind.REFRESH : null;
        if (kind == null) {
            return Answer.error(400, "invalid_request", "grant_type must be authorization_code or refresh_token");
        }
        String clientId = request.getParameter("client_id");
        String clientSecret = request.getParameter("client_secret");
        String value = request.getParameter(kind == Kind.CODE ? "code" : "refresh_token");
        if (clientId == null || clientSecret == null || value == null || value.isBlank()) {
            return Answer.error(400, "invalid_request", "client_id, client_secret and "
                    + (kind == Kind.CODE ? "code" : "refresh_token") + " are required");
        }
        Tokens.Granted granted;
        try {
            granted = tokens.grant(kind, clientId, clientSecret, value);
        } catch (TokenRefused e) {
            return Answer.error("invalid_client".equals(e.error()) ? 401 : 400, e.error(), e.getMessage());
        }
        Tokens.Pair pair = granted.pair();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", pair.accessToken());
        body.put("expires", pair.accessExpiresAt().getEpochSecond());
        body.put("expires_in", settings.accessTokenLifetime().toSeconds());
        body.put("scope", granted.scope());
        body.put("domain", endpoints.authHost());
        body.put("server_endpoint", endpoints.serverEndpoint());
        body.put("status", InstallationEntity.licenseStatus(granted.paid()));
        body.put("client_endpoint", endpoints.clientEndpoint(granted.accountDomain()));
        body.put("member_id", granted.memberId());
        body.put("user_id", pair.userId());
        body.put("refresh_token", pair.refreshToken());
        return new Answer(200, body, null);
    }

    private Answer rest(String method, HttpServletRequest request) throws IOException {
        String auth = auth(request);
        if (auth == null) {
            return Answer.error(401, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        Tokens.Grant grant;
        try {
            grant = tokens.authenticate(auth);
        } catch (AccessRefused e) {
            return e.refusal() == Tokens.Refusal.EXPIRED
                    ? Answer.error(401, "expired_token", "The access token provided has expired.")
                    : Answer.error(401, "invalid_token", "The access token provided is invalid.");
        }
        request.setAttribute(INSTALLATION, grant.installationId());
        CallQuota.Verdict verdict = quota.take(grant.installationId());
        if (!verdict.allowed()) {
            // protocol.md's 503, and when to try again (whole seconds, at least one)
            long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
            Answer refused = Answer.error(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
            return new Answer(refused.status(), refused.body(), Long.toString(seconds));
        }
        Object result = switch (method) {
            case "app.info" -> appInfo(grant);
            case "scope" -> grant.scopes().isEmpty() ? List.of("basic") : grant.scopes();
            case "methods" -> METHODS;
            case "profile" -> profile(grant);
            default -> null;
        };
        if (result == null) {
            return Answer.error(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        return new Answer(200, body, null);
    }

    /** {@code /rest/app.info}, {@code /rest//app.info}, {@code /rest/app.info.json} → {@code app.info}. */
    static String method(String path) {
        int from = "/rest".length();
        while (from < path.length() && path.charAt(from) == '/') {
            from++;
        }
        String method = path.substring(from).toLowerCase(Locale.ROOT);
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
        AppUsers.Profile user = users.find(grant.accountId(), grant.userId()).orElseThrow();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("ID", String.valueOf(user.id()));
        profile.put("ADMIN", grant.testPartnerId() != null || user.accountAdmin());
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

    /** Tokens and errors are never stored by a cache on the way ({@code no-store}). */
    private void write(HttpServletResponse response, Answer answer, boolean noStore) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer.body());
        response.setStatus(answer.status());
        response.setContentType("application/json");
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (answer.retryAfter() != null) {
            response.setHeader("Retry-After", answer.retryAfter());
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
