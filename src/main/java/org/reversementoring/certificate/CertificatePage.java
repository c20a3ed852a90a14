package org.reversementoring.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 page of centred lines, the layout of every certificate the program issues. Text is set in
 * DejaVu Sans (bundled, see fonts/LICENSE-DejaVu.txt), which has every Latin, Greek and Cyrillic
 * letter, so names such as "Zoë Łukasiewicz-Müller" print as they are; the PDF embeds only the
 * glyphs used. A character the font lacks prints as "?".
 */
public final class CertificatePage {

  private static final float MARGIN = 72;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  // parsed once: parsing DejaVu took four fifths of a certificate's time; a TrueTypeFont reads its
  // glyphs lazily from one shared buffer, so documents are written one at a time (pdf is synchronized)
  private static final TrueTypeFont REGULAR = parse("/fonts/DejaVuSans.ttf");
  private static final TrueTypeFont BOLD = parse("/fonts/DejaVuSans-Bold.ttf");

  /** What a certificate writes onto its page. */
  @FunctionalInterface
  public interface Body {
    void write(Lines lines) throws IOException;
  }

  private CertificatePage() {
  }

  /**
   * The PDF: the body's lines from {@code topGap} points below the top margin down; the document
   * title is {@code documentTitle}, made printable.
   */
  public static synchronized byte[] pdf(float topGap, String documentTitle, Body body) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = PDType0Font.load(document, REGULAR, true);
      PDFont bold = PDType0Font.load(document, BOLD, true);
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        body.write(new Lines(content, PAGE.getHeight() - MARGIN - topGap, regular, bold));
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(printable(documentTitle, regular));
      info.setCreator("Reverse Mentoring");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the certificate " + documentTitle, e);
    }
  }

  /** Refuses a certificate with missing content. */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Lines one below the other, each centred and shrunk to fit the width if too long. */
  public static final class Lines {
    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private float y;

    private Lines(PDPageContentStream content, float top, PDFont regular, PDFont bold) {
      this.content = content;
      this.y = top;
      this.regular = regular;
      this.bold = bold;
    }

    public void regular(String text, float preferredSize) throws IOException {
      centred(text, regular, preferredSize);
    }

    public void bold(String text, float preferredSize) throws IOException {
      centred(text, bold, preferredSize);
    }

    public void skip(float points) {
      y -= points;
    }

    private void centred(String text, PDFont font, float preferredSize) throws IOException {
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

  private static TrueTypeFont parse(String resource) {
    try (InputStream in = CertificatePage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
