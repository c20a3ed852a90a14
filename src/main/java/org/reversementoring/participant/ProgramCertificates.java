package org.reversementoring.participant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reversementoring.academy.AcademyModules;
import org.reversementoring.academy.QualificationCertificate;
import org.reversementoring.closing.ClosingService;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An apprentice's certificates, made again as the mails sent them: the Academy qualification
 * (once qualified) and the participation in a closed tandem (the latest one).
 */
@Component
public class ProgramCertificates {

  public static final String QUALIFICATION = "qualification";
  public static final String PARTICIPATION = "participation";

  private record Qualification(String mentorName, String cohort, Timestamp completedAt, Language language) {
  }

  private final JdbcTemplate jdbc;
  private final QualificationCertificate qualificationCertificate;
  private final AcademyModules academy;
  private final ClosingService closing;
  private final ProgramProperties properties;

  ProgramCertificates(JdbcTemplate jdbc, QualificationCertificate qualificationCertificate, AcademyModules academy,
      ClosingService closing, ProgramProperties properties) {
    this.jdbc = jdbc;
    this.qualificationCertificate = qualificationCertificate;
    this.academy = academy;
    this.closing = closing;
    this.properties = properties;
  }

  /** The certificates the person has, by name ({@link #QUALIFICATION}, {@link #PARTICIPATION}). */
  public List<String> available(String userId) {
    List<String> names = new ArrayList<>();
    qualification(userId).ifPresent(found -> names.add(QUALIFICATION));
    closedTandem(userId).ifPresent(found -> names.add(PARTICIPATION));
    return names;
  }

  /** The certificate's PDF, or empty when the person has no such certificate. */
  public Optional<byte[]> pdf(String userId, String name) {
    return switch (name) {
      case QUALIFICATION -> qualification(userId).map(found -> qualificationCertificate.pdf(found.mentorName(),
          found.cohort(), academy.namesOf(found.cohort(), found.language()),
          LocalDate.ofInstant(found.completedAt().toInstant(), properties.zone()), found.language()));
      case PARTICIPATION -> closedTandem(userId).map(closing::certificate);
      default -> Optional.empty();
    };
  }

  private Optional<Qualification> qualification(String userId) {
    return jdbc.query("""
            select m.first_name, m.last_name, m.language, c.name, e.completed_at from mentor m
            join academy_enrollment e on e.mentor_id = m.id join academy_cohort c on c.id = e.cohort_id
            where m.user_id = ? and m.status = 'QUALIFIED' and e.completed_at is not null
            order by e.completed_at desc""", (row, i) -> new Qualification(
            row.getString("first_name") + " " + row.getString("last_name"), row.getString("name"),
            row.getTimestamp("completed_at"), Language.valueOf(row.getString("language"))), userId).stream().findFirst();
  }

  private Optional<Long> closedTandem(String userId) {
    return jdbc.queryForList("""
            select t.id from tandem t join mentor m on m.id = t.mentor_id
            where m.user_id = ? and t.status = 'CLOSED' order by t.ended_at desc, t.id desc""", Long.class, userId)
        .stream().findFirst();
  }
}
