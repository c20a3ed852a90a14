package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Production takes a link secret of 32 random bytes or more and refuses placeholders. */
class LinkSecretPolicyTest {

  static final SecureRandom RANDOM = new SecureRandom();

  static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  @RepeatedTest(200)
  void acceptsWhatOpensslRandPrints() {
    byte[] bytes = randomBytes(32);

    assertThat(LinkSecretPolicy.weakness(Base64.getEncoder().encodeToString(bytes))).as("-base64 32").isEmpty();
    assertThat(LinkSecretPolicy.weakness(HexFormat.of().formatHex(bytes))).as("-hex 32").isEmpty();
    assertThat(LinkSecretPolicy.weakness(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)))
        .as("base64url, as the demo makes them").isEmpty();
    assertThat(LinkSecretPolicy.weakness(Base64.getEncoder().encodeToString(randomBytes(64)))).as("longer").isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void refusesAMissingSecret(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).contains("is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo-link-secret-not-for-production",
      "demo-link-secret-not-for-production-but-now-it-is-long-enough"})
  void refusesTheFormerDemoSecret(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).contains("contains the former demo secret, which is public");
  }

  @ParameterizedTest
  @ValueSource(strings = {"test-secret", "changeme", "s3cr3t!-but-only-forty-two-characters-long",
      // 31 random bytes in hex and base64: one byte short
      "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8", "q3Jx0vTn8Yk2Lw5Zc7Rb1Hs9Md4Gf6Pe0Ua3Xi8Vo2"})
  void refusesAShortSecret(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).hasValueSatisfying(w -> assertThat(w).startsWith("is too short"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
      "0000000000000000000000000000000000000000000000000000000000000000",
      "xyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxy",
      "passwordpasswordpasswordpasswordpasswordpassword"})
  void refusesASecretOfFewCharacters(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).hasValueSatisfying(w -> assertThat(w).startsWith("has too few"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kx9#mQ2$vL7!pR4&wZ8*nT3@Kx9#mQ2$vL7!pR4&wZ8*",
      "my-link-secret-for-production-my-link-secret",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
  void refusesARepeatedPart(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).contains("repeats a part of 12 characters or more");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"})
  void refusesASequence(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).hasValueSatisfying(w -> assertThat(w).startsWith("is mostly runs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo-link-secret-not-for-production", "s3cr3t"})
  void theMessageNeverShowsTheSecret(String secret) {
    assertThat(LinkSecretPolicy.weakness(secret)).hasValueSatisfying(w -> assertThat(w).doesNotContain(secret));
  }
}
