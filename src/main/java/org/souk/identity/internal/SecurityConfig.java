package org.souk.identity.internal;

import java.net.URI;

import org.souk.web.ClientAddress;
import org.souk.web.Messages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Two chains: the REST API (bearer tokens or the browser session, problem-detail errors) and the pages
 * (form login). Paths are guarded by role here; objects are guarded in each module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfig {

    /** Everything anyone may do without signing in. */
    private static final String[] PUBLIC_PAGES = { "/", "/login", "/register", "/register/**", "/password/**",
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/api-docs", "/api-docs/**",
        "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**",
        "/actuator/prometheus", "/apps/**", "/search", "/search/**", "/catalog/**", "/partners/**", "/sitemap.xml",
        "/robots.txt", "/rules", "/rules/**" };

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and old hashes keep working when the default algorithm changes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMINISTRATOR > ROLE_MANAGER
                ROLE_ADMINISTRATOR > ROLE_MODERATOR
                """);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events, AddressThrottle addresses) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // an address that failed too often is refused before any login or password is looked at
        AuthenticationProvider provider = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String address = ClientAddress.current();
                if (address != null && addresses.blocked(address)) {
                    throw new AddressThrottledException(address);
                }
                return passwords.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * What installed apps call from their servers (protocol.md): the token endpoint authenticates them by
     * their client keys and {@code /rest/} by an access token, both in the install module; no session, no
     * CSRF (there is no cookie to forge). Outside Spring Security's filters altogether (the firewall still
     * applies): on the market's hottest path a profile found a quarter of each request's CPU in a chain that
     * only permitted everything.
     */
    @Bean
    WebSecurityCustomizer apps() {
        return web -> web.ignoring().requestMatchers("/oauth/token", "/oauth/token/", "/rest/**");
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens,
            HandlerMappingIntrospector handlers, Messages messages) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher publicPosts = request -> HttpMethod.POST.matches(request.getMethod())
                && (path.matcher("/api/v1/partners").matches(request) || path.matcher("/api/v1/tokens").matches(request)
                        || path.matcher("/api/v1/password-resets").matches(request));
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPosts).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/partners/code-availability", "/api/v1/catalog/**",
                                "/api/v1/solutions/*/reviews", "/api/v1/reviews/*")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/users/**", "/api/v1/admin/regions/**", "/api/v1/admin/checks/**",
                                "/api/v1/admin/checks", "/api/v1/admin/check-words/**", "/api/v1/admin/check-words",
                                "/api/v1/admin/policy/**", "/api/v1/admin/mailbox/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("MANAGER")
                        .requestMatchers("/api/v1/moderation/**").hasAnyRole("MODERATOR", "MANAGER")
                        .requestMatchers("/api/v1/partners/me/**", "/api/v1/partners/me").hasRole("PARTNER")
                        // a partner's public page (catalog); after /me, which stays the signed-in partner's own
                        .requestMatchers(HttpMethod.GET, "/api/v1/partners/*").permitAll()
                        .requestMatchers(unmapped(handlers)).permitAll()
                        .anyRequest().authenticated())
                // a bearer token is no cookie: no CSRF for it; the browser session still needs the token
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearer, publicPosts))
                .addFilterBefore(new ApiTokenFilter(tokens, unauthorized, messages), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden(unauthorized)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, HandlerMappingIntrospector handlers)
            throws Exception {
        // a path, not an address built from the request: the Location names no host
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        signIn.setFavorRelativeUris(true);
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/manage/**").hasRole("MANAGER")
                        .requestMatchers("/moderation/**").hasAnyRole("MODERATOR", "MANAGER")
                        .requestMatchers("/partner/**").hasRole("PARTNER")
                        .requestMatchers(unmapped(handlers)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(afterSignIn()).permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        // https: images are those of rich text, which RichText keeps to public host names
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: https:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'; "
                                + "form-action 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * Back to the page that asked to sign in, else /home, as a path: the saved request's address is absolute
     * (with the base URL's host, web.SiteRequests), and a browser that opened the site by another name
     * (127.0.0.1 for localhost) would arrive there without its session.
     */
    private static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/home");
        handler.setRedirectStrategy((request, response, url) -> {
            URI target = URI.create(url);
            response.sendRedirect(target.isAbsolute() && request.getServerName().equalsIgnoreCase(target.getHost())
                    ? target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) : url);
        });
        return handler;
    }

    /**
     * A path no controller, resource or endpoint answers: open to everyone, so that it answers 404 (the
     * error page, or a problem under /api) rather than asking to sign in first. A path that some handler
     * answers for another method or media type counts as mapped.
     */
    private static RequestMatcher unmapped(HandlerMappingIntrospector handlers) {
        return request -> {
            try {
                return handlers.getMatchableHandlerMapping(request) == null;
            } catch (Exception e) {
                return false;
            }
        };
    }
}
