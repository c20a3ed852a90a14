package org.reversementoring.common;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Links in mails that act without a login (withdraw, move a session, ask to end a tandem) carry a
 * token: the subject (e.g. an application number) signed with the installation's {@link
 * LinkSecret}. A token cannot be forged without the secret; acting twice is harmless because the
 * action checks the record's state.
 */
@Component
public class SignedLinks {

  private final byte[] secret;

  public SignedLinks(LinkSecret secret) {
    this.secret = secret.key();
  }

  public String token(String purpose, String subject) {
    return subject + "." + signature(purpose, subject);
  }

  /** The subject the token was made for, if the token is genuine. */
  public Optional<String> verify(String purpose, String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String subject = token.substring(0, dot);
    byte[] expected = signature(purpose, subject).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Optional.of(subject) : Optional.empty();
  }

  private String signature(String purpose, String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((purpose + ":" + subject).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
