package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings as Spring Boot binds them from application.yml or the environment. */
class AcademyPropertiesTest {

  @Test
  void withoutSettingsThreeModulesOfThreeHoursAndTwoRetakes() {
    AcademyProperties academy = bind(Map.of());

    assertThat(academy.modules())
        .extracting(AcademyModule::key, AcademyModule::name, AcademyModule::duration)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mentoring-basics", "Mentoring basics", Duration.ofHours(3)),
            org.assertj.core.groups.Tuple.tuple("teaching-adults", "Teaching adults and executives",
                Duration.ofHours(3)),
            org.assertj.core.groups.Tuple.tuple("communication-feedback", "Communication and feedback",
                Duration.ofHours(3)));
    assertThat(academy.maxRetakes()).isEqualTo(2);
    assertThat(academy).isEqualTo(AcademyProperties.defaults());
  }

  @Test
  void aModuleIsReadByItsNameAndAnUnknownOneByItsKey() {
    AcademyProperties academy = AcademyProperties.defaults();

    assertThat(academy.moduleName("teaching-adults")).isEqualTo("Teaching adults and executives");
    assertThat(academy.moduleName("time-travel")).isEqualTo("time-travel");
  }

  @Test
  void configuredModulesReplaceTheDefaults() {
    AcademyProperties academy = bind(Map.of(
        "reverse-mentoring.academy.max-retakes", "1",
        "reverse-mentoring.academy.modules[0].key", "ai-ethics",
        "reverse-mentoring.academy.modules[0].name", "AI ethics",
        "reverse-mentoring.academy.modules[0].duration", "90m",
        "reverse-mentoring.academy.modules[1].key", "mentoring-basics",
        "reverse-mentoring.academy.modules[1].name", "Mentoring basics"));

    assertThat(academy.moduleKeys()).containsExactly("ai-ethics", "mentoring-basics");
    assertThat(academy.module("ai-ethics")).get().extracting(AcademyModule::duration)
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(academy.module("mentoring-basics")).get().extracting(AcademyModule::duration)
        .isEqualTo(Duration.ofHours(3));
    assertThat(academy.module("teaching-adults")).isEmpty();
    assertThat(academy.maxRetakes()).isEqualTo(1);
  }

  @Test
  void refusesToStartWithAModuleTwiceABadKeyOrNegativeRetakes() {
    assertThatThrownBy(() -> bind(Map.of(
        "reverse-mentoring.academy.modules[0].key", "basics",
        "reverse-mentoring.academy.modules[0].name", "Basics",
        "reverse-mentoring.academy.modules[1].key", "basics",
        "reverse-mentoring.academy.modules[1].name", "Basics again")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("configured twice");
    assertThatThrownBy(() -> new AcademyModule("Mentoring Basics", "Mentoring basics", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AcademyModule("basics", " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AcademyModule("basics", "Basics", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AcademyProperties(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static AcademyProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("reverse-mentoring.academy", Bindable.of(AcademyProperties.class));
  }
}
