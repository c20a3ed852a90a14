package org.reversementoring.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code reverse-mentoring.*}.
 *
 * @param baseUrl    address participants use to reach the app; every link in a mail starts here
 * @param linkSecret key that signs links in mails ({@code LINK_SECRET}); required and strong in
 *                   prod, else optional (see {@link LinkSecretConfiguration})
 * @param mail       sender and program-office addresses
 * @param zone       the program's time zone: "today" of every date rule, the days of reports,
 *                   the local times people enter and read (see {@link ClockConfiguration})
 */
@Validated
@ConfigurationProperties("reverse-mentoring")
public record ProgramProperties(@NotBlank String baseUrl, String linkSecret, Mail mail,
    @NotNull @DefaultValue(ProgramProperties.DEFAULT_ZONE) ZoneId zone) {

  public static final String DEFAULT_ZONE = "Europe/Berlin";
  public static final String FOLLOW_UP_PATH = "/follow-up";

  @ConstructorBinding
  public ProgramProperties {
  }

  /** In the default zone. */
  public ProgramProperties(String baseUrl, String linkSecret, Mail mail) {
    this(baseUrl, linkSecret, mail, ZoneId.of(DEFAULT_ZONE));
  }

  public record Mail(@NotBlank String from, @NotBlank String coordinatorsAddress) {
  }

  public String url(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }

  public String taskUrl(String taskId) {
    return url("/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** The organizers' follow-up view: whose log, rating or final feedback is still missing. */
  public String followUpUrl() {
    return url(FOLLOW_UP_PATH);
  }
}
