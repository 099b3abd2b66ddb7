package org.souk.identity.internal;

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
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * What installed apps call from their servers (protocol.md): the token endpoint authenticates them by
     * their client keys and {@code /rest/} by an access token, both in the install module; no session, no
     * CSRF (there is no cookie to forge).
     */
    @Bean
    @Order(0)
    SecurityFilterChain apps(HttpSecurity http) throws Exception {
        http.securityMatcher("/oauth/token", "/oauth/token/", "/rest/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher publicPosts = request -> HttpMethod.POST.matches(request.getMethod())
                && (path.matcher("/api/v1/partners").matches(request) || path.matcher("/api/v1/tokens").matches(request)
                        || path.matcher("/api/v1/password-resets").matches(request));
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPosts).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/partners/code-availability", "/api/v1/catalog/**")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/users/**", "/api/v1/admin/regions/**", "/api/v1/admin/checks/**",
                                "/api/v1/admin/checks", "/api/v1/admin/check-words/**", "/api/v1/admin/check-words",
                                "/api/v1/admin/policy/**", "/api/v1/admin/mailbox/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("MANAGER")
                        .requestMatchers("/api/v1/moderation/**").hasAnyRole("MODERATOR", "MANAGER")
                        .requestMatchers("/api/v1/partners/me/**", "/api/v1/partners/me").hasRole("PARTNER")
                        .anyRequest().authenticated())
                // a bearer token is no cookie: no CSRF for it; the browser session still needs the token
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearer, publicPosts))
                .addFilterBefore(new ApiTokenFilter(tokens, unauthorized), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/manage/**").hasRole("MANAGER")
                        .requestMatchers("/moderation/**").hasAnyRole("MODERATOR", "MANAGER")
                        .requestMatchers("/partner/**").hasRole("PARTNER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'; "
                                + "form-action 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
