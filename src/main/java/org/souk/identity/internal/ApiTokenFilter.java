package org.souk.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.souk.web.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer souk_pat_…}: a personal access token authenticates the one request. A
 * token that is unknown, revoked or expired is refused with 401 rather than treated as anonymous; a call beyond the
 * token's scope (a write with a read-only token, another solution with a one-solution token) with 403, before any
 * controller runs.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final Messages messages;

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, Messages messages) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.messages = messages;
    }

    /** The request attribute that holds the {@link ApiTokens.Bearer} of a call made with a token. */
    static final String BEARER = ApiTokenFilter.class.getName() + ".bearer";

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
        var bearer = tokens.authenticate(token);
        if (bearer.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response,
                    new BadCredentialsException("The access token is unknown, revoked or expired"));
            return;
        }
        TokenScope scope = bearer.get().scope();
        String refusal = scope.refusal(request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
        if (refusal != null) {
            ProblemResponses.forbiddenByScope(response, messages.get(refusal, scope.solution()));
            return;
        }
        request.setAttribute(BEARER, bearer.get());
        var user = bearer.get().user();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
