package org.reversementoring.closing;

import static org.reversementoring.certificate.CertificatePage.require;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.reversementoring.certificate.CertificatePage;
import org.reversementoring.certificate.CertificateWords;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Component;

/**
 * The PDF a mentor receives when the tandem closes, for the training record: one A4 page with
 * the tandem number, mentor, executive, cohort, the sessions held (count and dates) and the
 * topics covered, in the mentor's language, laid out as every certificate ({@link CertificatePage}).
 */
@Component
public class ParticipationCertificate {

  /** What the certificate says. Topics are display names; sessions are the days they were held. */
  public record Content(String tandemNumber, String mentorName, String menteeName, String cohortName,
      List<LocalDate> sessionDates, List<String> topics, LocalDate closedOn) {
  }

  public byte[] pdf(Content c, Language language) {
    require(c.tandemNumber() != null && !c.tandemNumber().isBlank(), "a certificate needs the tandem number");
    require(c.mentorName() != null && !c.mentorName().isBlank(), "a certificate needs the mentor's name");
    require(c.menteeName() != null && !c.menteeName().isBlank(), "a certificate needs the executive's name");
    require(c.cohortName() != null && !c.cohortName().isBlank(), "a certificate needs the cohort");
    require(c.sessionDates() != null && c.topics() != null, "a certificate lists sessions and topics");
    require(c.closedOn() != null, "a certificate needs the day the tandem closed");
    CertificateWords words = CertificateWords.in(language);
    return CertificatePage.pdf(40, words.text("participation.document", c.mentorName(), c.tandemNumber()), lines -> {
      lines.bold(words.text("participation.title"), 18);
      lines.skip(40);
      lines.regular(words.text("certifies"), 13);
      lines.skip(10);
      lines.bold(c.mentorName(), 26);
      lines.skip(10);
      lines.regular(words.text("participation.took-part", c.tandemNumber()), 13);
      lines.regular(words.text("participation.with", c.menteeName()), 13);
      lines.regular(words.text("participation.cohort", c.cohortName()), 13);
      lines.skip(24);
      lines.bold(words.text("participation.held", c.sessionDates().size()), 14);
      for (String dates : chunks(c.sessionDates().stream().map(words::date).toList(), 3)) {
        lines.regular(dates, 11);
      }
      lines.skip(20);
      lines.bold(words.text("participation.topics"), 14);
      if (c.topics().isEmpty()) {
        lines.regular(words.text("participation.no-topics"), 12);
      }
      for (String topic : c.topics()) {
        lines.regular(topic, 12);
      }
      lines.skip(36);
      lines.regular(words.text("participation.closed", words.date(c.closedOn())), 12);
    });
  }

  private static List<String> chunks(List<String> items, int size) {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      lines.add(items.subList(i, Math.min(items.size(), i + size)).stream().collect(Collectors.joining(" · ")));
    }
    return lines;
  }
}
