package org.reversementoring.academy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The PDF a mentor receives on qualifying: one A4 page with their name, the cohort and the
 * modules passed. Text is set in DejaVu Sans (bundled, see fonts/LICENSE-DejaVu.txt), which has
 * every Latin, Greek and Cyrillic letter, so names such as "Zoë Łukasiewicz-Müller" print as they
 * are; the PDF embeds only the glyphs used. A character the font lacks prints as "?".
 */
@Component
public class QualificationCertificate {

  static final String TITLE = "Reverse Mentoring — Qualification certificate";

  private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
  private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final float MARGIN = 72;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final byte[] regularFont = read(REGULAR_FONT);
  private final byte[] boldFont = read(BOLD_FONT);

  public byte[] pdf(String mentorName, String cohortName, List<String> moduleNames,
      LocalDate qualifiedOn) {
    require(mentorName != null && !mentorName.isBlank(), "a certificate needs the mentor's name");
    require(cohortName != null && !cohortName.isBlank(), "a certificate needs the cohort's name");
    require(moduleNames != null && !moduleNames.isEmpty(), "a certificate lists the modules passed");
    require(qualifiedOn != null, "a certificate needs the day of qualification");
    try (PDDocument document = new PDDocument()) {
      PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont));
      PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont));
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        Lines lines = new Lines(content, PAGE.getHeight() - MARGIN - 80);
        lines.centred(TITLE, bold, 18);
        lines.skip(60);
        lines.centred("This certifies that", regular, 13);
        lines.skip(14);
        lines.centred(mentorName, bold, 26);
        lines.skip(14);
        lines.centred("has completed the Academy qualification for reverse mentors", regular, 13);
        lines.centred("in the cohort " + cohortName + ",", regular, 13);
        lines.centred("passing the modules", regular, 13);
        lines.skip(8);
        for (String moduleName : moduleNames) {
          lines.centred(moduleName, bold, 14);
        }
        lines.skip(30);
        lines.centred("and is qualified to mentor executives", regular, 13);
        lines.centred("in the reverse mentoring program.", regular, 13);
        lines.skip(40);
        lines.centred("Qualified on " + DATE.format(qualifiedOn), regular, 12);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Qualification certificate — " + printable(mentorName, regular));
      info.setCreator("Reverse Mentoring");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the qualification certificate", e);
    }
  }

  /** Writes lines one below the other, each centred and shrunk to fit the width if too long. */
  private static final class Lines {
    private final PDPageContentStream content;
    private float y;

    Lines(PDPageContentStream content, float top) {
      this.content = content;
      this.y = top;
    }

    void centred(String text, PDFont font, float preferredSize) throws IOException {
      String printable = printable(text, font);
      float width = font.getStringWidth(printable) / 1000;
      float size = width * preferredSize > WIDTH ? WIDTH / width : preferredSize;
      y -= size * 1.4f;
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN + (WIDTH - width * size) / 2, y);
      content.showText(printable);
      content.endText();
    }

    void skip(float points) {
      y -= points;
    }
  }

  /** The text with line breaks and tabs as spaces and each character the font lacks as "?". */
  static String printable(String text, PDFont font) {
    StringBuilder result = new StringBuilder();
    text.strip().codePoints().forEach(codePoint -> {
      String character = Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint);
      try {
        font.encode(character);
        result.append(character);
      } catch (IllegalArgumentException | IOException notInFont) {
        result.append('?');
      }
    });
    return result.toString();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = QualificationCertificate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
