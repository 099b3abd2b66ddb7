package org.souk.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as problem details, like every other API error. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"souk\"");
            write(response, HttpStatus.UNAUTHORIZED, e.getMessage() == null || e.getMessage().isBlank()
                    ? "Sign in, or send a personal access token as 'Authorization: Bearer …'" : e.getMessage());
        };
    }

    /**
     * 403 for a signed-in caller. Someone not signed in gets 401 and the sign-in challenge instead: a POST
     * without a session or token meets the CSRF check first, and "forbidden" would hide that signing in helps.
     */
    static AccessDeniedHandler forbidden(AuthenticationEntryPoint unauthorized) {
        return (request, response, e) -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
                unauthorized.commence(request, response, new InsufficientAuthenticationException(
                        "Sign in, or send a personal access token as 'Authorization: Bearer …'", e));
                return;
            }
            write(response, HttpStatus.FORBIDDEN, "Your roles do not allow this, or the CSRF token is missing");
        };
    }

    /**
     * 403 for a caller who is known but whose token's scope does not reach this call: the sentence, and
     * {@code reason: token_scope}, so that a client tells it from a refusal of the roles (a new token helps here, not
     * there; the souk command line prints the login that gives one).
     */
    static void forbiddenByScope(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, detail, "token_scope");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, detail, null);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail, String reason)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (reason != null) {
            problem.put("reason", reason);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
