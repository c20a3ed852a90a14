package org.reversementoring.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The PDF a mentor receives when the tandem closes, for the training record: one A4 page with
 * the tandem number, mentor, executive, cohort, the sessions held (count and dates) and the
 * topics covered. DejaVu Sans as on the Academy certificate, so every name prints as it is; a
 * character the font lacks prints as "?".
 */
@Component
public class ParticipationCertificate {

  static final String TITLE = "Reverse Mentoring — Certificate of participation";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final float MARGIN = 72;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final byte[] regularFont = read("/fonts/DejaVuSans.ttf");
  private final byte[] boldFont = read("/fonts/DejaVuSans-Bold.ttf");

  /** What the certificate says. Topics are display names; sessions are the days they were held. */
  public record Content(String tandemNumber, String mentorName, String menteeName, String cohortName,
      List<LocalDate> sessionDates, List<String> topics, LocalDate closedOn) {
  }

  public byte[] pdf(Content c) {
    require(c.tandemNumber() != null && !c.tandemNumber().isBlank(), "a certificate needs the tandem number");
    require(c.mentorName() != null && !c.mentorName().isBlank(), "a certificate needs the mentor's name");
    require(c.menteeName() != null && !c.menteeName().isBlank(), "a certificate needs the executive's name");
    require(c.cohortName() != null && !c.cohortName().isBlank(), "a certificate needs the cohort");
    require(c.sessionDates() != null && c.topics() != null, "a certificate lists sessions and topics");
    require(c.closedOn() != null, "a certificate needs the day the tandem closed");
    try (PDDocument document = new PDDocument()) {
      PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont));
      PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont));
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        Lines lines = new Lines(content, PAGE.getHeight() - MARGIN - 40);
        lines.centred(TITLE, bold, 18);
        lines.skip(40);
        lines.centred("This certifies that", regular, 13);
        lines.skip(10);
        lines.centred(c.mentorName(), bold, 26);
        lines.skip(10);
        lines.centred("took part as reverse mentor in the tandem " + c.tandemNumber(), regular, 13);
        lines.centred("with " + c.menteeName() + ",", regular, 13);
        lines.centred("cohort " + c.cohortName() + ".", regular, 13);
        lines.skip(24);
        int held = c.sessionDates().size();
        lines.centred(held == 1 ? "1 session held" : held + " sessions held", bold, 14);
        for (String dates : chunks(c.sessionDates().stream().map(DATE::format).toList(), 3)) {
          lines.centred(dates, regular, 11);
        }
        lines.skip(20);
        lines.centred("Topics covered", bold, 14);
        if (c.topics().isEmpty()) {
          lines.centred("(none recorded)", regular, 12);
        }
        for (String topic : c.topics()) {
          lines.centred(topic, regular, 12);
        }
        lines.skip(36);
        lines.centred("Closed on " + DATE.format(c.closedOn()), regular, 12);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Certificate of participation — " + printable(c.mentorName(), regular) + ", " + c.tandemNumber());
      info.setCreator("Reverse Mentoring");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the participation certificate", e);
    }
  }

  private static List<String> chunks(List<String> items, int size) {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      lines.add(items.subList(i, Math.min(items.size(), i + size)).stream().collect(Collectors.joining(" · ")));
    }
    return lines;
  }

  /** Lines one below the other, each centred and shrunk to fit the width if too long. */
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
    try (InputStream in = ParticipationCertificate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
