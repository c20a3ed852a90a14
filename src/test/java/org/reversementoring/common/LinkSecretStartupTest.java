package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reversementoring.support.AppStartup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the app gets the key that signs its links, as an operator starts it: prod only from
 * LINK_SECRET, and a strong one; the demo makes one per installation and keeps it in the database.
 */
class LinkSecretStartupTest {

  static final String PURPOSE = "withdraw-application";
  static final String NUMBER = "RMA-2031-0007";

  @TempDir
  Path dataDir;

  @Test
  void prodRefusesToStartWithoutALinkSecret() {
    assertThatThrownBy(() -> AppStartup.prod().close())
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start with the prod profile: reverse-mentoring.link-secret (LINK_SECRET) is not set")
        .hasMessageContaining("openssl rand -base64 32");
  }

  @Test
  void prodRefusesAWeakLinkSecret() {
    assertThatThrownBy(() -> AppStartup.prod("--reverse-mentoring.link-secret=demo-link-secret-not-for-production").close())
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reverse-mentoring.link-secret (LINK_SECRET) contains the former demo secret")
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> AppStartup.prod("--reverse-mentoring.link-secret=" + "x".repeat(64)).close())
        .rootCause()
        .hasMessageContaining("reverse-mentoring.link-secret (LINK_SECRET) has too few different characters");
  }

  @Test
  void prodStartsWithAStrongLinkSecretAndSignsWithIt() {
    String secret = AppStartup.strongLinkSecret();
    try (ConfigurableApplicationContext app = AppStartup.prod("--reverse-mentoring.link-secret=" + secret)) {
      String token = app.getBean(SignedLinks.class).token(PURPOSE, NUMBER);

      assertThat(new SignedLinks(new LinkSecret(secret)).verify(PURPOSE, token)).contains(NUMBER);
    }
  }

  @Test
  void theDemoKeepsItsSecretAcrossRestartsAndAnotherInstallationHasAnother() {
    String token;
    try (ConfigurableApplicationContext app = AppStartup.demo(database("one"))) {
      token = app.getBean(SignedLinks.class).token(PURPOSE, NUMBER);
    }
    assertThat(new SignedLinks(new LinkSecret(LinkSecretPolicy.FORMER_DEMO_SECRET)).verify(PURPOSE, token))
        .as("no longer the fixed demo secret").isEmpty();

    try (ConfigurableApplicationContext restarted = AppStartup.demo(database("one"))) {
      assertThat(restarted.getBean(SignedLinks.class).verify(PURPOSE, token)).as("after a restart").contains(NUMBER);
    }
    try (ConfigurableApplicationContext other = AppStartup.demo(database("two"))) {
      assertThat(other.getBean(SignedLinks.class).verify(PURPOSE, token)).as("another installation").isEmpty();
    }
  }

  private String database(String name) {
    return "jdbc:h2:file:" + dataDir.resolve(name).toAbsolutePath();
  }
}
