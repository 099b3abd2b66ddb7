package org.souk.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password was generated and logged (the first administrator) sees only the page that
 * replaces it until they have: every other page sends them there. Asked once per session, then remembered.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirst implements WebMvcConfigurer, HandlerInterceptor {

    static final String PAGE = "/account/password";
    private static final String PENDING = PasswordChangeFirst.class.getName() + ".pending";

    private final UserAccounts accounts;

    PasswordChangeFirst(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(PAGE, "/api/**", "/logout", "/error", "/css/**", "/js/**",
                "/webjars/**", "/oauth/**", "/rest/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SoukUser user)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true; // a bearer token: no page
        }
        Object pending = session.getAttribute(PENDING);
        if (pending == null) {
            pending = accounts.mustChangePassword(user.id());
            session.setAttribute(PENDING, pending);
        }
        if (Boolean.TRUE.equals(pending)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }
        return true;
    }

    /** The password was replaced: the session may go anywhere again. */
    static void done(HttpSession session) {
        session.removeAttribute(PENDING);
    }
}
