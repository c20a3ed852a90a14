package org.reversementoring.certificate;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.reversementoring.common.Language;

/**
 * A certificate's words in one language, from {@code messages/documents[_de].properties}
 * ({@code certificate.*}; patterns as in {@link MessageFormat}, so a quote is written twice).
 */
public final class CertificateWords {

  private static final String BUNDLE = "messages/documents";

  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter date;

  private CertificateWords(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.date = DateTimeFormatter.ofPattern(bundle.getString("certificate.date-pattern"), language.locale());
  }

  public static CertificateWords in(Language language) {
    return new CertificateWords(language);
  }

  public String text(String key, Object... args) {
    return new MessageFormat(bundle.getString("certificate." + key), language.locale()).format(args);
  }

  public String date(LocalDate day) {
    return date.format(day);
  }
}
