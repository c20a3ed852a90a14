package org.reversementoring.academy;

import static org.reversementoring.certificate.CertificatePage.require;

import java.time.LocalDate;
import java.util.List;
import org.reversementoring.certificate.CertificatePage;
import org.reversementoring.certificate.CertificateWords;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Component;

/**
 * The PDF a mentor receives on qualifying, in their language: their name, the cohort and the
 * modules passed (module names as configured).
 */
@Component
public class QualificationCertificate {

  public byte[] pdf(String mentorName, String cohortName, List<String> moduleNames,
      LocalDate qualifiedOn, Language language) {
    require(mentorName != null && !mentorName.isBlank(), "a certificate needs the mentor's name");
    require(cohortName != null && !cohortName.isBlank(), "a certificate needs the cohort's name");
    require(moduleNames != null && !moduleNames.isEmpty(), "a certificate lists the modules passed");
    require(qualifiedOn != null, "a certificate needs the day of qualification");
    CertificateWords words = CertificateWords.in(language);
    return CertificatePage.pdf(80, words.text("qualification.document", mentorName), lines -> {
      lines.bold(words.text("qualification.title"), 18);
      lines.skip(60);
      lines.regular(words.text("certifies"), 13);
      lines.skip(14);
      lines.bold(mentorName, 26);
      lines.skip(14);
      lines.regular(words.text("qualification.completed"), 13);
      lines.regular(words.text("qualification.cohort", cohortName), 13);
      lines.regular(words.text("qualification.modules"), 13);
      lines.skip(8);
      for (String moduleName : moduleNames) {
        lines.bold(moduleName, 14);
      }
      lines.skip(30);
      lines.regular(words.text("qualification.qualified"), 13);
      lines.regular(words.text("qualification.program"), 13);
      lines.skip(40);
      lines.regular(words.text("qualification.on", words.date(qualifiedOn)), 12);
    });
  }
}
