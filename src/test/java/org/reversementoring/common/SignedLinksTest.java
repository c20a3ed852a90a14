package org.reversementoring.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Withdrawal links in mails act without a login, so only genuine tokens may pass. */
class SignedLinksTest {

  static final String WITHDRAW = "withdraw";
  static final String NUMBER = "RMA-2031-0007";

  final SignedLinks links = links("installation-secret-1");

  static SignedLinks links(String secret) {
    return new SignedLinks(new LinkSecret(secret));
  }

  @Test
  void aTokenVerifiesToItsSubject() {
    String token = links.token(WITHDRAW, NUMBER);

    assertThat(links.verify(WITHDRAW, token)).contains(NUMBER);
    assertThat(links("installation-secret-1").verify(WITHDRAW, token))
        .as("another instance with the same secret, e.g. after a restart").contains(NUMBER);
  }

  @Test
  void theTokenDoesNotRevealTheSecret() {
    assertThat(links.token(WITHDRAW, NUMBER)).startsWith(NUMBER + ".")
        .doesNotContain("installation-secret-1");
  }

  @Test
  void differentSubjectsGetDifferentTokens() {
    assertThat(links.token(WITHDRAW, "RMA-2031-0001"))
        .isNotEqualTo(links.token(WITHDRAW, "RMA-2031-0002"));
  }

  @Test
  void refusesATokenMadeForAnotherPurpose() {
    String token = links.token("confirm", NUMBER);

    assertThat(links.verify(WITHDRAW, token)).isEmpty();
  }

  @Test
  void refusesATokenWhoseSubjectWasChanged() {
    String token = links.token(WITHDRAW, NUMBER);
    String signature = token.substring(token.lastIndexOf('.') + 1);

    assertThat(links.verify(WITHDRAW, "RMA-2031-0008." + signature)).isEmpty();
    assertThat(links.verify(WITHDRAW, "rma-2031-0007." + signature)).isEmpty();
  }

  @Test
  void refusesATokenWhoseSignatureWasChanged() {
    String token = links.token(WITHDRAW, NUMBER);
    char last = token.charAt(token.length() - 1);
    String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(links.verify(WITHDRAW, changed)).isEmpty();
    assertThat(links.verify(WITHDRAW, token.substring(0, token.length() - 1))).isEmpty();
    assertThat(links.verify(WITHDRAW, token + "A")).isEmpty();
    assertThat(links.verify(WITHDRAW, NUMBER + ".")).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", ".", "garbage", ".abc", "RMA-2031-0007", "a.b.c",
      "RMA-2031-0007.not-a-signature", "\u00e4\u00f6\u00fc.\u00df"})
  void refusesMissingOrMeaninglessTokens(String token) {
    assertThat(links.verify(WITHDRAW, token)).isEmpty();
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    String foreign = links("another-installation").token(WITHDRAW, NUMBER);

    assertThat(links.verify(WITHDRAW, foreign)).isEmpty();
  }
}
