package org.pathways.platform.security;

import jakarta.servlet.DispatcherType;

import org.pathways.platform.ApiTokens;
import org.pathways.platform.AuditLog;
import org.pathways.platform.UserAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default. Pages use a session and form sign-in with CSRF protection; the API under
 * {@code /api/**} is stateless and accepts only bearer tokens, so no cookie can ever authenticate an
 * API call (which is why CSRF does not apply there). What each role may do is declared on the
 * controllers with {@code @PreAuthorize}; a test fails when a handler has no such declaration.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Every page satisfies this policy: no inline script or style anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI ships inline styles of its own; it gets a policy of its own that allows them. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwordEncoder,
                                                AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new AccountAuthenticationProvider(accounts, passwordEncoder));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** The filter chains exist only when serving the web; commands such as create-admin run without them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class FilterChains {

        /**
         * The metrics in Prometheus's format, for a scraper that holds the metrics token ({@code PATHWAYS_METRICS_TOKEN}) as a
         * bearer token; without a token configured nobody reads them. No session, no cookie: a signed-in person's session
         * does not open it either.
         */
        @Bean
        @Order(0)
        SecurityFilterChain metrics(HttpSecurity http, @org.springframework.beans.factory.annotation.Value("${pathways.metrics.token:}")
                String token) throws Exception {
            http.securityMatcher("/actuator/prometheus")
                    .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(MetricsTokenFilter.AUTHORITY))
                    .addFilterBefore(new MetricsTokenFilter(token), UsernamePasswordAuthenticationFilter.class)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .formLogin(form -> form.disable())
                    .httpBasic(basic -> basic.disable())
                    .logout(logout -> logout.disable())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, refused) -> {
                        response.setHeader("WWW-Authenticate", "Bearer");
                        response.sendError(401);
                    }));
            return http.build();
        }

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditLog audit, ProblemResponses problems) throws Exception {
            http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
                            .anyRequest().authenticated())
                    .addFilterBefore(new BearerTokenFilter(tokens, audit, problems), UsernamePasswordAuthenticationFilter.class)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .formLogin(form -> form.disable())
                    .httpBasic(basic -> basic.disable())
                    .logout(logout -> logout.disable())
                    .exceptionHandling(errors -> errors
                            .authenticationEntryPoint(problems.unauthorized())
                            .accessDeniedHandler(problems.forbidden()))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
            return http.build();
        }

        /**
         * Private links, pages reached without an account: a survey an employer answers (/s/), a participant's own consent
         * page (/c/), an employer's page for one referral (/r/). The link itself is the
         * credential, checked and audited by the module that issued it. No session, no sign-in, no CSRF token
         * (a forged request would need the link, which is the secret); the link never leaves in a Referer header
         * and no page behind one is cached.
         */
        @Bean
        @Order(2)
        SecurityFilterChain privateLinkPages(HttpSecurity http) throws Exception {
            http.securityMatcher("/s/**", "/c/**", "/r/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
            return http.build();
        }

        @Bean
        @Order(3)
        SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
            http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
            return http.build();
        }

        @Bean
        @Order(4)
        SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, org.pathways.platform.AuditLog audit)
                throws Exception {
            org.springframework.security.web.access.AccessDeniedHandlerImpl refusalPage = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
            http.authenticationManager(authenticationManager)
                    // a form sent without its CSRF token is refused like any other forbidden request, and the refusal is audited
                    .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                        if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
                            var user = org.pathways.platform.PathwaysUser.currentIfSignedIn();
                            audit.recordSecurityEvent(user.map(org.pathways.platform.PathwaysUser::organizationId).orElse(null),
                                    user.map(org.pathways.platform.PathwaysUser::userId).orElse(null),
                                    user.map(org.pathways.platform.PathwaysUser::username).orElse("anonymous"), "access.csrfRefused",
                                    request.getMethod() + " " + request.getRequestURI());
                        }
                        refusalPage.handle(request, response, denied);
                    }))
                    .authorizeHttpRequests(requests -> requests
                            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                            .requestMatchers("/login", "/password/**", "/error", "/webjars/**", "/assets/**",
                                    "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                    "/v3/api-docs/**").permitAll()
                            .requestMatchers("/admin/**").hasAnyRole("PLATFORM_ADMIN", "ORG_ADMIN")
                            .anyRequest().authenticated())
                    .formLogin(form -> form
                            .loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            .failureHandler(new SignInFailureHandler())
                            .permitAll())
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                    .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
            return http.build();
        }
    }
}
