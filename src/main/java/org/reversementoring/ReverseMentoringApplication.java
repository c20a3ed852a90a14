package org.reversementoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReverseMentoringApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReverseMentoringApplication.class, args);
  }
}
