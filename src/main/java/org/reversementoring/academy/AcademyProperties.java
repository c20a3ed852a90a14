package org.reversementoring.academy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reverse-mentoring.academy}. Nothing needs configuring: without settings
 * the qualification has the three default modules and a failed module may be retaken twice.
 *
 * <pre>
 * reverse-mentoring:
 *   academy:
 *     max-retakes: 2
 *     modules:
 *       - key: mentoring-basics
 *         name: Mentoring basics
 *         duration: PT3H
 * </pre>
 *
 * @param modules    the modules every mentor must pass, in the order they are held
 * @param maxRetakes how often a mentor may take a later cohort after failing or missing a module
 */
@ConfigurationProperties("reverse-mentoring.academy")
public record AcademyProperties(List<AcademyModule> modules, @DefaultValue("2") int maxRetakes) {

  public static final int DEFAULT_MAX_RETAKES = 2;

  public static final List<AcademyModule> DEFAULT_MODULES = List.of(
      new AcademyModule("mentoring-basics", "Mentoring basics", Duration.ofHours(3)),
      new AcademyModule("teaching-adults", "Teaching adults and executives", Duration.ofHours(3)),
      new AcademyModule("communication-feedback", "Communication and feedback", Duration.ofHours(3)));

  public AcademyProperties {
    modules = modules == null || modules.isEmpty() ? DEFAULT_MODULES : List.copyOf(modules);
    if (maxRetakes < 0) {
      throw new IllegalArgumentException("reverse-mentoring.academy.max-retakes must not be negative");
    }
    Set<String> keys = new HashSet<>();
    for (AcademyModule module : modules) {
      if (!keys.add(module.key())) {
        throw new IllegalArgumentException("Academy module key '" + module.key() + "' is configured twice");
      }
    }
  }

  /** Only the defaults. */
  public static AcademyProperties defaults() {
    return new AcademyProperties(null, DEFAULT_MAX_RETAKES);
  }

  public Optional<AcademyModule> module(String key) {
    return modules.stream().filter(module -> module.key().equals(key)).findFirst();
  }

  /** What participants and trainers read for a module: its configured name, else its key. */
  public String moduleName(String key) {
    return module(key).map(AcademyModule::name).orElse(key);
  }

  public List<String> moduleKeys() {
    return modules.stream().map(AcademyModule::key).toList();
  }
}
