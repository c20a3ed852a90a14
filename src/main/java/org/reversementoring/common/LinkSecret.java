package org.reversementoring.common;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs the links in mails ({@link SignedLinks}): the configured
 * {@code reverse-mentoring.link-secret}, or the one the installation made for itself. Its value
 * never appears in logs or messages.
 */
public record LinkSecret(String value) {

  static final int RANDOM_BYTES = 32;

  public LinkSecret {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a link secret must not be empty");
    }
  }

  /** 32 random bytes, base64url without padding (43 characters). */
  static LinkSecret random(SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return new LinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The HMAC key: the text's UTF-8 bytes, as before, so links already sent stay valid. */
  byte[] key() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "LinkSecret[hidden]";
  }
}
