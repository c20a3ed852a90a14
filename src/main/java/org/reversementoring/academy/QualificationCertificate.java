package org.reversementoring.academy;

import static org.reversementoring.certificate.CertificatePage.require;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reversementoring.certificate.CertificatePage;
import org.springframework.stereotype.Component;

/** The PDF a mentor receives on qualifying: their name, the cohort and the modules passed. */
@Component
public class QualificationCertificate {

  static final String TITLE = "Reverse Mentoring — Qualification certificate";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  public byte[] pdf(String mentorName, String cohortName, List<String> moduleNames,
      LocalDate qualifiedOn) {
    require(mentorName != null && !mentorName.isBlank(), "a certificate needs the mentor's name");
    require(cohortName != null && !cohortName.isBlank(), "a certificate needs the cohort's name");
    require(moduleNames != null && !moduleNames.isEmpty(), "a certificate lists the modules passed");
    require(qualifiedOn != null, "a certificate needs the day of qualification");
    return CertificatePage.pdf(80, "Qualification certificate — " + mentorName, lines -> {
      lines.bold(TITLE, 18);
      lines.skip(60);
      lines.regular("This certifies that", 13);
      lines.skip(14);
      lines.bold(mentorName, 26);
      lines.skip(14);
      lines.regular("has completed the Academy qualification for reverse mentors", 13);
      lines.regular("in the cohort " + cohortName + ",", 13);
      lines.regular("passing the modules", 13);
      lines.skip(8);
      for (String moduleName : moduleNames) {
        lines.bold(moduleName, 14);
      }
      lines.skip(30);
      lines.regular("and is qualified to mentor executives", 13);
      lines.regular("in the reverse mentoring program.", 13);
      lines.skip(40);
      lines.regular("Qualified on " + DATE.format(qualifiedOn), 12);
    });
  }
}
