package org.reversementoring.security;

import static org.reversementoring.identity.ProgramGroup.ADMINS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.PROCESS_OWNERS;
import static org.reversementoring.identity.ProgramGroup.PROGRAM_ORGANIZERS;
import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.reversementoring.common.ProgramProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one gate: every entrance (the webapps, the engine REST API, the app's pages and JSON, the
 * actuator) is authenticated here with the program's accounts, by the login page or by HTTP
 * Basic, and with the profile oidc also by the company's provider ({@link CompanySignOn}). What each group may reach is in {@link #programGate}; Camunda's authorizations then
 * decide per instance and task. See README "Security model".
 */
@Configuration
class SecurityConfiguration {

  /** Pages that act on a signed link or serve the login itself: no account needed. */
  private static final String[] OPEN_PAGES = {"/login", "/login.js", "/error", "/app.css", "/favicon.ico",
      "/withdraw", "/sessions/move", "/tandems/end", "/activate", "/activate/request",
      "/mailbox", "/mailbox/**"};

  private static final String CONTENT = "/program-content";

  private static final RequestMatcher CAMUNDA_LOGOUT =
      antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
  private static final RequestMatcher PROGRAM_LOGOUT = antMatcher(HttpMethod.POST, "/logout");
  private static final String LOGGED_OUT = "/login?logout";
  /** Erasure from the program page: a form with Spring's token, like the login and logout. */
  private static final RequestMatcher PAGE_ERASURE = antMatcher(HttpMethod.POST, "/me/erasure");

  @Bean
  SecurityFilterChain programGate(HttpSecurity http, ProgramProperties program, WebEndpointProperties endpoints,
      ObjectProvider<CompanySignOn> companySignOn) throws Exception {
    String actuator = endpoints.getBasePath();
    RequestMatcher machineApis = new OrRequestMatcher(antMatcher("/engine-rest/**"),
        antMatcher("/api/**"), antMatcher(actuator + "/**"), antMatcher("/camunda/api/**"));
    RefusalEntryPoint basicChallenge = new RefusalEntryPoint();
    CompanySignOn signOn = companySignOn.getIfAvailable();
    LogoutSuccessHandler loggedOut = signOn == null ? loggedOut() : signOn.loggedOut(LOGGED_OUT);
    // the provider is a bean and so the one the global authentication manager uses
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(OPEN_PAGES).permitAll()
            // the webapps' own login and first-admin setup would be second doors beside this gate
            .requestMatchers("/camunda/api/admin/auth/user/*/login/**", "/camunda/api/admin/setup/**").denyAll()
            .requestMatchers(actuator + "/health/liveness").permitAll()
            .requestMatchers(actuator, actuator + "/health", actuator + "/health/**", actuator + "/info")
            .authenticated()
            .requestMatchers(actuator + "/**").hasAnyAuthority(ADMINS.id(), PROCESS_OWNERS.id())
            .requestMatchers("/reports/**", "/api/reports/**")
            .hasAnyAuthority(COORDINATORS.id(), PROCESS_OWNERS.id())
            .requestMatchers("/engine-rest/**", "/camunda/api/engine/**").access(new EngineApiAccess())
            // each person's own program page: what it shows is found by the login's user id
            .requestMatchers("/me", "/me/**").authenticated()
            .requestMatchers("/api/sign-on/**").hasAuthority(ADMINS.id())
            // the program's content: kept by organizers and coordinators, read by process owners
            .requestMatchers(HttpMethod.GET, CONTENT, CONTENT + "/history")
            .hasAnyAuthority(COORDINATORS.id(), PROGRAM_ORGANIZERS.id(), PROCESS_OWNERS.id())
            .requestMatchers(CONTENT + "/**", ProgramProperties.FOLLOW_UP_PATH)
            .hasAnyAuthority(COORDINATORS.id(), PROGRAM_ORGANIZERS.id())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge))
        .requestCache(cache -> cache.requestCache(backToTheAskedAddress()))
        .formLogin(form -> form.loginPage("/login")
            .failureHandler(new LoginFailureHandler()))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(PROGRAM_LOGOUT, CAMUNDA_LOGOUT))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                CAMUNDA_LOGOUT)
            .defaultLogoutSuccessHandlerFor(loggedOut, PROGRAM_LOGOUT))
        // the login, logout, erasure and content forms carry Spring's token; the webapps carry Camunda's
        // own (X-XSRF-TOKEN); every other state change is refused when a browser sends it from another site
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new OrRequestMatcher(
            antMatcher(HttpMethod.POST, "/login"), PROGRAM_LOGOUT, PAGE_ERASURE, antMatcher(HttpMethod.POST, CONTENT + "/**"))))
        .addFilterBefore(new CrossSiteRequestFilter(program.baseUrl()), CsrfFilter.class)
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .frameOptions(frames -> frames.deny()))
        .exceptionHandling(errors -> errors
            .accessDeniedHandler(new RefusedAccessHandler())
            .defaultAuthenticationEntryPointFor(basicChallenge, machineApis)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                request -> true));
    if (signOn != null) {
      signOn.applyTo(http);
    }
    return http.build();
  }

  /**
   * After the login, back to the address that was asked for, as it was: Spring's "?continue"
   * marker on it made a webapp load twice (AngularJS drops the query and reloads the page), and
   * the second load could come up blank, its scripts refused by the content security policy.
   */
  private static RequestCache backToTheAskedAddress() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setMatchingRequestParameterName(null);
    return cache;
  }

  private static SimpleUrlLogoutSuccessHandler loggedOut() {
    SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
    handler.setDefaultTargetUrl(LOGGED_OUT);
    return handler;
  }
}
