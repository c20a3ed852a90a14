package org.reversementoring.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * What a domain-service slice test needs beside its services: a clock it moves, a validator and
 * the program's words (as spring.messages configures them).
 */
@TestConfiguration
public class DomainTestBeans {

  /** 10:00 in Berlin on 3 March 2031: numbers, years and "in the future" come from this clock. */
  public static final Instant START = Instant.parse("2031-03-03T09:00:00Z");

  @Bean
  MovableClock clock() {
    return new MovableClock(START);
  }

  @Bean
  LocalValidatorFactoryBean validator() {
    return new LocalValidatorFactoryBean();
  }

  @Bean
  MessageSource messageSource() {
    return programWords();
  }

  /** The program's words, for a unit test of a class that writes them. */
  public static MessageSource programWords() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages/mail", "messages/me", "messages/documents");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
