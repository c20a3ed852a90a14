package org.reversementoring.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The app's own pages as a browser gets them. */
public final class Pages {

  private Pages() {
  }

  /** A refusal answers 4xx and still shows the page saying why. */
  public static void assertRefused(ResponseEntity<String> page, HttpStatus status, String message) {
    assertThat(page.getStatusCode()).as("refused with: " + message).isEqualTo(status);
    assertThat(page.getBody()).contains(message);
  }
}
