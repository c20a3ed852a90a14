package org.reversementoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantIdsTest {

  @Test
  void dropsDotsHyphensAndDomain() {
    assertThat(ParticipantIds.baseId("zoe.lukasiewicz-mueller@example.com"))
        .isEqualTo("zoelukasiewiczmueller");
  }

  @Test
  void transliteratesNonAsciiLetters() {
    assertThat(ParticipantIds.baseId("Zoë.Łukasiewicz-Müller@Example.com"))
        .isEqualTo("zoelukasiewiczmuller");
    assertThat(ParticipantIds.baseId("jørgen.strauß@example.com")).isEqualTo("jorgenstrauss");
    assertThat(ParticipantIds.baseId("Æsa.Çelik_2@example.com")).isEqualTo("aesacelik2");
  }

  @Test
  void alwaysMatchesCamundasDefaultUserIdWhitelist() {
    assertThat(ParticipantIds.baseId("  Ελένη+news@example.com ")).isEqualTo("news");
    assertThat(ParticipantIds.baseId("李@example.com")).isEqualTo("user");
    assertThat(ParticipantIds.baseId("a".repeat(80) + "@example.com")).hasSize(56);
  }

  @Test
  void appendsTheFirstFreeNumberOnCollision() {
    Set<String> taken = Set.of("lenafischer", "lenafischer2");

    assertThat(ParticipantIds.fromEmail("lena.fischer@example.com", taken::contains))
        .isEqualTo("lenafischer3");
    assertThat(ParticipantIds.fromEmail("ines.braun@example.com", taken::contains))
        .isEqualTo("inesbraun");
  }
}
