package org.reversementoring.common;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's own error answers: refused input (400), a missing permission (403 without
 * anyone's ids), a lost race on a task (409/404, also when claiming) and an ended instance (404).
 */
@Configuration
class RestApiConfiguration {

  @Bean
  ResourceConfigCustomizer clearRestRefusals() {
    return config -> config.register(RejectedInputExceptionMapper.Direct.class)
        .register(RejectedInputExceptionMapper.Wrapped.class)
        .register(RejectedInputExceptionMapper.AlreadyClaimed.class)
        .register(AccessRefusals.Mapper.class)
        .register(MissingResources.Mapper.class);
  }
}
