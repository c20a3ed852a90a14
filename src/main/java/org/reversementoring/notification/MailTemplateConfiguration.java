package org.reversementoring.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

@Configuration
class MailTemplateConfiguration {

  /** Plain-text parts of mails: templates named {@code *.txt}, rendered without HTML escaping. */
  @Bean
  ClassLoaderTemplateResolver mailTextTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setResolvablePatterns(java.util.Set.of("*.txt"));
    resolver.setOrder(1);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
