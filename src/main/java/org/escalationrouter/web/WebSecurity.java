package org.escalationrouter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Login for everything but the signed acknowledge links, health and static files. Pages use a login
 * form and its session; the API and actuator also take HTTP Basic. Why CSRF is skipped for Basic
 * requests only: docs/adr/0006-web-and-security.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** Operations' view of the mail flow: the quarantine, the rules in force, failing addresses. */
  private static final String[] ADMIN_API = {
    "/api/quarantine",
    "/api/quarantine/**",
    "/api/routes",
    "/api/routes/**",
    "/api/addresses",
    "/api/addresses/**",
    "/api/audit",
    "/api/audit/**",
    "/api/subjects",
    "/api/subjects/**",
    "/api/mailboxes",
    "/api/cluster"
  };

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  Accounts accounts(WebSettings settings, PasswordEncoder encoder) {
    return new Accounts(settings, encoder);
  }

  /**
   * The one password check of both chains: bcrypt through the accounts, remembered for a few
   * minutes after a success so that a scraper's Basic header is not hashed on every request.
   */
  @Bean
  RememberedLogins rememberedLogins(
      Accounts accounts, PasswordEncoder encoder, WebSettings settings, Clock clock) {
    DaoAuthenticationProvider check = new DaoAuthenticationProvider(accounts);
    check.setPasswordEncoder(encoder);
    return new RememberedLogins(accounts, check, settings.rememberBasicAuth(), clock);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiAndActuator(HttpSecurity http, Viewers viewers, LoginThrottle throttle)
      throws Exception {
    // 401 without a Basic challenge: browsers then never cache Basic credentials for this site,
    // so a request carrying them was sent on purpose by a script (see the ADR on CSRF)
    HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
    http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name(), Role.OPS.name())
                    .requestMatchers("/actuator/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.OPS.name())
                    .requestMatchers(ADMIN_API)
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/cases/{id}", "/api/cases/{id}/**")
                    .access(caseAccess(viewers))
                    .requestMatchers("/api/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name())
                    .anyRequest()
                    .denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
        .csrf(c -> c.requireCsrfProtectionMatcher(WebSecurity::unsafeWithoutBasic))
        .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class);
    return headers(http).build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, Viewers viewers, LoginThrottle throttle)
      throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/ack/**", "/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/executives", "/mailboxes", "/routes", "/audit")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/cases/{id}", "/cases/{id}/**")
                    .access(caseAccess(viewers))
                    .anyRequest()
                    .hasAnyRole(Role.ADMIN.name(), Role.EXECUTIVE.name()))
        .formLogin(f -> f.loginPage("/login").permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
    return headers(http).build();
  }

  /**
   * Pages load only our own script and stylesheet (the charts are inline SVG without styles), send
   * no Referer (a signed link's token must not leak to another site), and are never framed.
   */
  private static HttpSecurity headers(HttpSecurity http) throws Exception {
    return http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny()));
  }

  /** One case, by the API or its page: only for a viewer whose scope holds the case. */
  private static AuthorizationManager<RequestAuthorizationContext> caseAccess(Viewers viewers) {
    return (auth, context) ->
        new AuthorizationDecision(viewers.maySee(auth.get(), context.getVariables().get("id")));
  }

  /** CSRF applies to changes made with the session cookie, not to scripts sending Basic. */
  static boolean unsafeWithoutBasic(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return false;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
