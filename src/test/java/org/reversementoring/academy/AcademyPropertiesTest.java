package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The settings as Spring Boot binds them from application.yml or the environment. The modules
 * are the program's content (see the content tests), not settings.
 */
class AcademyPropertiesTest {

  @Test
  void withoutSettingsTwoRetakes() {
    AcademyProperties academy = bind(Map.of());

    assertThat(academy.maxRetakes()).isEqualTo(2);
    assertThat(academy).isEqualTo(AcademyProperties.defaults());
  }

  @Test
  void retakesAreConfigured() {
    assertThat(bind(Map.of("reverse-mentoring.academy.max-retakes", "1")).maxRetakes()).isEqualTo(1);
  }

  @Test
  void refusesNegativeRetakesAndAModuleWithABadKeyNameOrDuration() {
    assertThatThrownBy(() -> bind(Map.of("reverse-mentoring.academy.max-retakes", "-1")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new AcademyModule("Mentoring Basics", "Mentoring basics", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AcademyModule("basics", " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AcademyModule("basics", "Basics", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static AcademyProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("reverse-mentoring.academy", Bindable.of(AcademyProperties.class));
  }
}
