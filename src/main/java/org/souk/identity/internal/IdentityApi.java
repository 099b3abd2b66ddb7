package org.souk.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.ProfileContributor;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Personal access tokens, the current user, passwords")
class IdentityApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final PasswordLinks links;
    private final List<ProfileContributor> contributors;
    private final Messages messages;

    IdentityApi(AuthenticationManager authentication, ApiTokens tokens, UserAccounts accounts, PasswordLinks links,
            List<ProfileContributor> contributors, Messages messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
        this.links = links;
        this.contributors = contributors;
        this.messages = messages;
    }

    /**
     * access: read (GET and HEAD only) or write (the default); solution: the one solution the token may reach.
     */
    record TokenRequest(String email, String password, String name, Integer expiresInDays, TokenScope.Access access,
            String solution) {
    }

    record TokenResponse(long id, String token, String name, Instant expiresAt, TokenScope.Access access,
            String solution) {
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token", description = "Signs in with e-mail and password "
            + "(repeated failures lock the login) and returns a token, shown only in this response. "
            + "Use it as 'Authorization: Bearer <token>'. Default lifetime 90 days, at most 3650. Narrow it with "
            + "access: read (GET and HEAD only; any other call answers 403) and solution: a code (only "
            + "/api/v1/solutions/{that code}/…, /api/v1/me and the catalog; anything else answers 403).")
    TokenResponse create(@RequestBody TokenRequest request) {
        String name = request.name() == null ? "" : request.name().trim();
        int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput(messages.violation("name", null, "error.length.between", 1, 100));
        }
        if (days < 1 || days > 3650) {
            throw new InvalidInput(messages.violation("expiresInDays", null, "error.range", 1, 3650));
        }
        TokenScope scope = scope(request.access(), request.solution());
        SoukUser user;
        try {
            user = (SoukUser) authentication.authenticate(UsernamePasswordAuthenticationToken
                    .unauthenticated(request.email() == null ? "" : request.email(), request.password()))
                    .getPrincipal();
        } catch (LockedException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, messages.get("login.locked"));
        } catch (AddressThrottledException e) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, messages.get("login.throttled"));
        } catch (AuthenticationException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, messages.get("login.bad"));
        }
        var issued = tokens.issue(user.id(), name, Instant.now().plus(days, ChronoUnit.DAYS), scope);
        return new TokenResponse(issued.id(), issued.token(), issued.name(), issued.expiresAt(), issued.access(),
                issued.solution());
    }

    private TokenScope scope(TokenScope.Access access, String solution) {
        String code = solution == null || solution.isBlank() ? null : solution.strip().toLowerCase(Locale.ROOT);
        if (code != null && !TokenScope.validCode(code)) {
            throw new InvalidInput(messages.violation("solution", null, "tokens.scope.invalidSolution"));
        }
        return new TokenScope(access == TokenScope.Access.READ, code);
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your personal access tokens, newest first, with their scope and last use (paginated: "
            + "page, size, total)")
    PageResponse<ApiTokenView> list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return tokens.page(user.id(), page, size);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token: it is refused from the next request on")
    void revoke(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
    }

    /** The token a call was made with, as {@code GET /api/v1/me} shows it: what a program may do with it. */
    record TokenInUse(String name, TokenScope.Access access, String solution, Instant expiresAt) {
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, their roles and their partner", description = "Called with a personal "
            + "access token, also the token's scope: token {name, access: read|write, solution, expiresAt}, so that "
            + "a program (the souk tool) knows beforehand which calls the token allows.")
    Map<String, Object> me(@AuthenticationPrincipal SoukUser user, HttpServletRequest request) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", user.id());
        me.put("email", user.email());
        me.put("name", user.displayName());
        me.put("roles", user.roles().stream().sorted().toList());
        contributors.forEach(c -> me.putAll(c.describe(user)));
        if (request.getAttribute(ApiTokenFilter.BEARER) instanceof ApiTokens.Bearer bearer) {
            me.put("token", new TokenInUse(bearer.name(), bearer.scope().access(), bearer.scope().solution(),
                    bearer.expiresAt()));
        }
        return me;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your password (the current one is required)")
    void changePassword(@AuthenticationPrincipal SoukUser user, @RequestBody PasswordChange change) {
        accounts.changePassword(user.id(), change.currentPassword(), change.newPassword());
    }

    record ResetRequest(String email) {
    }

    @PostMapping("/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "E-mail a single-use password reset link", description = "Answers 202 whether or not "
            + "the address is known, so that it reveals no accounts.")
    void requestReset(@RequestBody ResetRequest request) {
        if (request.email() == null || request.email().isBlank()) {
            throw new InvalidInput(new Violation("email", null, messages.get("error.required")));
        }
        links.requestReset(request.email());
    }
}
