package org.reversementoring.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts are parsed once and shared by every certificate, also by certificates written at the same time. */
class CertificatePageTest {

  private static final List<String> NAMES = List.of("Zoë Łukasiewicz-Müller", "Ødegård Šimůnek", "Ζωή Παπαδοπούλου",
      "Дарья Соколова", "Ängel Çelik", "Jürgen Weiß");

  @Test
  void certificatesSharingTheParsedFontsEachCarryTheirOwnLetters() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> pdfs = IntStream.range(0, 24)
          .mapToObj(i -> threads.submit(() -> certificateFor(NAMES.get(i % NAMES.size()))))
          .toList();
      for (int i = 0; i < pdfs.size(); i++) {
        assertThat(textOf(pdfs.get(i).get())).contains("Certificate", NAMES.get(i % NAMES.size()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static byte[] certificateFor(String name) {
    return CertificatePage.pdf(40, "Certificate — " + name, lines -> {
      lines.bold("Certificate", 20);
      lines.regular(name, 14);
    });
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
