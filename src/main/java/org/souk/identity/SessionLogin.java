package org.souk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.internal.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs a user in without a password form: right after registration (P-04) or after setting a password. */
@Component
public class SessionLogin {

    private final UserRepository users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionLogin(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public void signIn(long userId, HttpServletRequest request, HttpServletResponse response) {
        SoukUser user = users.findById(userId).orElseThrow().toPrincipal();
        user.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // session fixation: a new id for a new identity
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
