package org.reversementoring.academy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.reversementoring.common.InputValidator;
import org.reversementoring.content.AcademyModuleList;
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.MovableClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Academy services on the real schema (Flyway, validated by Hibernate) in H2, with the
 * module settings bound as in the app (none set: the defaults). No test transaction: every
 * service call commits or rolls back on its own as it does in the app, so a refusal is
 * observable as "nothing stored" and concurrent calls really compete. All Academy test classes
 * share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({CohortPlanning.class, SeatAllocation.class, ModuleResults.class, InputValidator.class,
    AcademyModules.class, AcademyModuleList.class,
    AcademyDataTest.TestBeans.class, DomainTestBeans.class})
@interface AcademyDataTest {

  @TestConfiguration
  @EnableConfigurationProperties(AcademyProperties.class)
  class TestBeans {
    @Bean
    AcademyFixtures academyFixtures(javax.sql.DataSource dataSource, MovableClock clock) {
      return new AcademyFixtures(dataSource, clock);
    }
  }
}
