package org.reversementoring.academy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reverse-mentoring.academy}. Nothing needs configuring: a failed module
 * may be retaken twice. The modules themselves are the program's content, kept in the app
 * ({@link AcademyModules}).
 *
 * <pre>
 * reverse-mentoring:
 *   academy:
 *     max-retakes: 2
 * </pre>
 *
 * @param maxRetakes how often a mentor may take a later cohort after failing or missing a module
 */
@ConfigurationProperties("reverse-mentoring.academy")
public record AcademyProperties(@DefaultValue("2") int maxRetakes) {

  public static final int DEFAULT_MAX_RETAKES = 2;

  public AcademyProperties {
    if (maxRetakes < 0) {
      throw new IllegalArgumentException("reverse-mentoring.academy.max-retakes must not be negative");
    }
  }

  /** Only the defaults. */
  public static AcademyProperties defaults() {
    return new AcademyProperties(DEFAULT_MAX_RETAKES);
  }
}
