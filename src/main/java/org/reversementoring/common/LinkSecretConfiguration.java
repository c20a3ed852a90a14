package org.reversementoring.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Where the link secret comes from: in {@code prod} only from {@code reverse-mentoring.link-secret}
 * ({@code LINK_SECRET}), and strong, or the app does not start; elsewhere (demo) from there when
 * set, else the installation's own, kept in the database.
 */
@Configuration
class LinkSecretConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(LinkSecretConfiguration.class);

  static final String HOW_TO = "Set LINK_SECRET (reverse-mentoring.link-secret) to at least 32 random bytes, "
      + "the same on every node, e.g. LINK_SECRET=$(openssl rand -base64 32).";

  @Bean
  @Profile("prod")
  LinkSecret productionLinkSecret(ProgramProperties properties) {
    String configured = properties.linkSecret();
    LinkSecretPolicy.weakness(configured).ifPresent(weakness -> {
      throw new IllegalStateException("Refusing to start with the prod profile: reverse-mentoring.link-secret "
          + "(LINK_SECRET) " + weakness + ". It signs the links in mails that act without a login "
          + "(withdraw, move a session, end a tandem). " + HOW_TO);
    });
    return new LinkSecret(configured);
  }

  @Bean
  @Profile("!prod")
  LinkSecret installationLinkSecret(ProgramProperties properties, InstallationSecrets secrets) {
    String configured = properties.linkSecret();
    if (configured == null || configured.isBlank()) {
      return secrets.linkSecret();
    }
    LinkSecretPolicy.weakness(configured).ifPresent(weakness -> LOG.warn(
        "reverse-mentoring.link-secret {}: accepted here, refused with the prod profile. {}", weakness, HOW_TO));
    return new LinkSecret(configured);
  }
}
