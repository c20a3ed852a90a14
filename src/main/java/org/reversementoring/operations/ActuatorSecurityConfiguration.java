package org.reversementoring.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ActuatorAccessFilter} in front of the actuator base path (default
 * {@code /actuator}). The actuator must stay on the app's port: a separate
 * {@code management.server.port} would serve it without this filter.
 */
@Configuration
class ActuatorSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(IdentityService identity,
      WebEndpointProperties endpoints) {
    String basePath = endpoints.getBasePath();
    FilterRegistrationBean<ActuatorAccessFilter> registration =
        new FilterRegistrationBean<>(new ActuatorAccessFilter(identity, basePath));
    registration.setName("actuator-access");
    registration.addUrlPatterns(basePath, basePath + "/*");
    return registration;
  }
}
