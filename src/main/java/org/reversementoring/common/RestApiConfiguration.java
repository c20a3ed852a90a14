package org.reversementoring.common;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API's own error answers: refused input (400) and a lost race on a task (409/404), also when claiming. */
@Configuration
class RestApiConfiguration {

  @Bean
  ResourceConfigCustomizer clearRestRefusals() {
    return config -> config.register(RejectedInputExceptionMapper.Direct.class)
        .register(RejectedInputExceptionMapper.Wrapped.class)
        .register(RejectedInputExceptionMapper.AlreadyClaimed.class);
  }
}
