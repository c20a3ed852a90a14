package org.reversementoring.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code reverse-mentoring.*}.
 *
 * @param baseUrl    address participants use to reach the app; every link in a mail starts here
 * @param linkSecret key that signs links in mails ({@code LINK_SECRET}); required and strong in
 *                   prod, else optional (see {@link LinkSecretConfiguration})
 * @param mail       sender and program-office addresses
 */
@Validated
@ConfigurationProperties("reverse-mentoring")
public record ProgramProperties(@NotBlank String baseUrl, String linkSecret, Mail mail) {

  public record Mail(@NotBlank String from, @NotBlank String coordinatorsAddress) {
  }

  public String url(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }

  public String taskUrl(String taskId) {
    return url("/camunda/app/tasklist/default/#/?task=" + taskId);
  }
}
