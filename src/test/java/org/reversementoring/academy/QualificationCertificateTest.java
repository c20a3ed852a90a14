package org.reversementoring.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reversementoring.common.Language;
import org.reversementoring.support.CatalogueFixtures;

/** The certificate read back with PDFBox's own text extraction. */
class QualificationCertificateTest {

  static final List<String> MODULES = CatalogueFixtures.MODULES.stream().map(AcademyModule::name).toList();
  static final LocalDate QUALIFIED_ON = LocalDate.of(2031, 3, 12);

  final QualificationCertificate certificate = new QualificationCertificate();

  @Test
  void isOneA4PageWithTitleNameCohortModulesAndDate() throws IOException {
    byte[] pdf = certificate.pdf("Zoë Łukasiewicz-Müller", "Spring 2031", MODULES, QUALIFIED_ON, Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Reverse Mentoring — Qualification certificate")
          .contains("Zoë Łukasiewicz-Müller")
          .contains("Spring 2031")
          .contains("Mentoring basics", "Teaching adults and executives", "Communication and feedback")
          .contains("Qualified on 12 March 2031");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Qualification certificate — Zoë Łukasiewicz-Müller");
    }
  }

  @Test
  void speaksTheMentorsLanguage() throws IOException {
    byte[] pdf = certificate.pdf("Zoë Łukasiewicz-Müller", "Frühjahr 2031", MODULES, QUALIFIED_ON, Language.DE);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Reverse Mentoring — Qualifizierungszertifikat")
          .contains("Hiermit wird bescheinigt, dass")
          .contains("die Akademie-Qualifizierung für Reverse-Mentoren abgeschlossen hat,")
          .contains("in der Kohorte Frühjahr 2031,")
          .contains("Qualifiziert am 12. März 2031")
          .doesNotContain("certifies");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Qualifizierungszertifikat — Zoë Łukasiewicz-Müller");
    }
  }

  @Test
  void embedsOnlyTheGlyphsUsed() throws IOException {
    byte[] pdf = certificate.pdf("Zoë Łukasiewicz-Müller", "Spring 2031", MODULES, QUALIFIED_ON, Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).isTrue();
        // a subset's name carries a six-letter tag, e.g. ABCDEF+DejaVuSans
        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
      });
    }
    // both DejaVu files are ~0.7 MB; subsets keep the mail small
    assertThat(pdf.length).isLessThan(100_000);
  }

  @Test
  void printsWhatTheFontLacksAsQuestionMarksAndShrinksLongNames() throws IOException {
    String longName = "Maria-Magdalena Wójcik-" + "Schmidt-".repeat(12) + "Ødegård";
    byte[] pdf = certificate.pdf("山田 Łucja\nNowak", "Herbst\t2031", List.of(longName), QUALIFIED_ON, Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("?? Łucja Nowak").contains("Herbst 2031").contains(longName);
    }
  }

  @Test
  void refusesMissingParts() {
    assertThatThrownBy(() -> certificate.pdf(" ", "Spring 2031", MODULES, QUALIFIED_ON, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> certificate.pdf("Zoë", null, MODULES, QUALIFIED_ON, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> certificate.pdf("Zoë", "Spring 2031", List.of(), QUALIFIED_ON, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> certificate.pdf("Zoë", "Spring 2031", MODULES, null, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
