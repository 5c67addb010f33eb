package ai.scorecard.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Reading needs no account; editing needs EDITOR; publishing methodology and managing accounts need
 * ADMIN, which implies EDITOR. Deny by default: an anonymous reader may only GET (or HEAD) a page
 * that is not an editing page; every other method on every path needs EDITOR, so a method nobody
 * thought of (HEAD on an editing form, PUT, OPTIONS) never reaches a controller unsigned. Of the
 * actuator's endpoints only health is open; any other that is exposed needs ADMIN. Every form
 * carries a CSRF token; no page runs inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** No page needs any of these; a script injected into one cannot ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /** The pages that show an editing form, and what they post to; any method needs EDITOR. */
    static final String[] EDITING_PAGES = {"/companies/new", "/companies/*/edit", "/companies/*/facts/**",
            "/products/new", "/products/*/edit", "/products/*/delete", "/products/*/facts/**", "/sources/*/edit",
            "/sources/*/retract", "/import", "/import/**"};

    /**
     * The headers every page carries, for answers written outside the filter chain's header writer (a
     * request the firewall rejects); the chain itself writes the same through {@link #web}.
     */
    static List<HeaderWriter> pageHeaders() {
        return List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ReferrerPolicyHeaderWriter(REFERRER_POLICY), new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
                new CacheControlHeadersWriter(), new HstsHeaderWriter());
    }

    /**
     * Spring Security's strict firewall, also refusing a parameter value with a NUL character: no text
     * holds one, and PostgreSQL refuses it in any query, so it would end in a database error rather than in
     * the 400 page. Other control characters reach the forms, which refuse them next to their field.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> value.indexOf('\u0000') < 0);
        return firewall;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccountDetails accounts, PasswordEncoder encoder,
            SignInThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // An error page renders for whoever got the error (a refused anonymous POST included).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Probes and load balancers read health unsigned; every other exposed endpoint (metrics)
                        // tells more about the running application than a reader needs.
                        .requestMatchers(EndpointRequest.to("health").withHttpMethod(HttpMethod.GET)).permitAll()
                        .requestMatchers(EndpointRequest.to("health").withHttpMethod(HttpMethod.HEAD)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**", "/methodology/drafts/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(EDITING_PAGES).hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/login").permitAll()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwords(accounts, encoder), throttle)))
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler(successHandler())
                        // One answer for an unknown username, a wrong password and a disabled account; a
                        // throttled client is told so, whatever username it tried.
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof ThrottledSignIn.Throttled
                                        ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens())
                        .csrfTokenRequestHandler(new GarbledCsrfTokens()))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // A missing, stale or garbled CSRF token: the 403 page says to reload the form.
                    if (denied instanceof CsrfException) {
                        request.setAttribute("staleForm", true);
                    }
                    new AccessDeniedHandlerImpl().handle(request, response, denied);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * The password check. Whether the account is disabled is asked only after the password, so that a
     * disabled account answers as slowly as any other and the timing does not tell it exists.
     */
    private static DaoAuthenticationProvider passwords(AccountDetails accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    /** Back to the page that asked for sign-in, by a path on this site whatever Host the request named. */
    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRedirectStrategy(new SameSiteRedirects());
        return handler;
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
