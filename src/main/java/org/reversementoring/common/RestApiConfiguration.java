package org.reversementoring.common;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RestApiConfiguration {

  @Bean
  ResourceConfigCustomizer rejectedInputAsBadRequest() {
    return config -> config.register(RejectedInputExceptionMapper.Direct.class).register(RejectedInputExceptionMapper.Wrapped.class);
  }
}
