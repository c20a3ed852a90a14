package org.reversementoring.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers only to HTTP Basic authentication with a Camunda user, in every
 * profile (the starter leaves it open). Registered as Camunda Run does.
 */
@Configuration
class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication(
      JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // the app's own API (a participant's data, reports) and the report page answer to the same
    // accounts; the report checks the group itself (reporting.ProgramReportController)
    registration.addUrlPatterns(restApiPath.getUrlMapping(), "/api/*", "/reports/*");
    return registration;
  }
}
