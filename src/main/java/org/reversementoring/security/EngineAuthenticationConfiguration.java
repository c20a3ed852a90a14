package org.reversementoring.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user the gate authenticated to the engine, so Camunda's authorizations apply to
 * them: the REST API, the app's own API, the report and the program page (/me) see the user and their groups as the
 * engine's current authentication, the webapps take them as a logged-in user. Both read the
 * servlet principal, which Spring Security sets; neither checks a password itself.
 */
@Configuration
class EngineAuthenticationConfiguration {

  /** Right after Spring Security's filter chain, before the webapps' own filters. */
  private static final int AFTER_THE_GATE = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setOrder(AFTER_THE_GATE);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns(restApiPath.getUrlMapping(), "/api/*", "/reports/*", "/me", "/me/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapp-authentication");
    registration.setOrder(AFTER_THE_GATE);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns(webappPath.replaceAll("/+$", "") + "/*");
    return registration;
  }
}
