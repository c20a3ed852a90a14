package org.reversementoring.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;

/** The certificate of participation read back with PDFBox's own text extraction. */
class ParticipationCertificateTest {

  final ParticipationCertificate certificate = new ParticipationCertificate();

  @Test
  void isOneA4PageWithTandemPeopleCohortSessionsAndTopics() throws IOException {
    byte[] pdf = certificate.pdf(new ParticipationCertificate.Content("RMT-2031-004", "Zoë Łukasiewicz-Müller",
        "Petra Łęcka-Öztürk", "Spring 2031",
        List.of(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 24), LocalDate.of(2031, 4, 7), LocalDate.of(2031, 4, 21)),
        List.of("Connected car apps", "AI tools"), LocalDate.of(2031, 5, 2)), Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Reverse Mentoring — Certificate of participation")
          .contains("Zoë Łukasiewicz-Müller")
          .contains("tandem RMT-2031-004")
          .contains("with Petra Łęcka-Öztürk")
          .contains("cohort Spring 2031")
          .contains("4 sessions held")
          .contains("10 March 2031 · 24 March 2031 · 7 April 2031")
          .contains("21 April 2031")
          .contains("Topics covered").contains("Connected car apps").contains("AI tools")
          .contains("Closed on 2 May 2031");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Certificate of participation — Zoë Łukasiewicz-Müller, RMT-2031-004");
    }
    assertThat(pdf.length).isLessThan(100_000);
  }

  @Test
  void speaksTheMentorsLanguage() throws IOException {
    byte[] pdf = certificate.pdf(new ParticipationCertificate.Content("RMT-2031-006", "Zoë Łukasiewicz-Müller",
        "Petra Łęcka-Öztürk", "Frühjahr 2031", List.of(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 24)),
        List.of("Connected-Car-Apps"), LocalDate.of(2031, 5, 2)), Language.DE);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Reverse Mentoring — Teilnahmebescheinigung")
          .contains("Hiermit wird bescheinigt, dass")
          .contains("als Reverse-Mentor im Tandem RMT-2031-006")
          .contains("mit Petra Łęcka-Öztürk")
          .contains("2 Termine gehalten")
          .contains("10. März 2031 · 24. März 2031")
          .contains("Behandelte Themen").contains("Connected-Car-Apps")
          .contains("Abgeschlossen am 2. Mai 2031")
          .doesNotContain("session");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Teilnahmebescheinigung — Zoë Łukasiewicz-Müller, RMT-2031-006");
    }
  }

  @Test
  void saysSoWhenNoTopicsWereRecordedAndRefusesMissingParts() throws IOException {
    byte[] pdf = certificate.pdf(new ParticipationCertificate.Content("RMT-2031-005", "Lena Fischer", "Marc Weber",
        "Autumn 2031", List.of(LocalDate.of(2031, 10, 1)), List.of(), LocalDate.of(2031, 10, 2)), Language.EN);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("1 session held").contains("(none recorded)");
    }
    assertThatThrownBy(() -> certificate.pdf(new ParticipationCertificate.Content(" ", "Lena", "Marc", "Autumn",
        List.of(), List.of(), LocalDate.of(2031, 10, 2)), Language.EN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> certificate.pdf(new ParticipationCertificate.Content("RMT-1", "Lena", null, "Autumn",
        List.of(), List.of(), LocalDate.of(2031, 10, 2)), Language.EN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> certificate.pdf(new ParticipationCertificate.Content("RMT-1", "Lena", "Marc", "Autumn",
        List.of(), List.of(), null), Language.EN)).isInstanceOf(IllegalArgumentException.class);
  }
}
