package org.reversementoring.recruitment;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentorApplicationRepository extends JpaRepository<MentorApplication, Long> {

  boolean existsByMentorAndStatusIn(Mentor mentor, Collection<ApplicationStatus> statuses);

  long countByMentorAndStatus(Mentor mentor, ApplicationStatus status);

  long countByStatusAndStatusChangedAtLessThanEqual(ApplicationStatus status, Instant changedAt);

  /** Asked for every application task's case label. JPQL: Hibernate keeps its plan, not a derived query's. */
  @Query("select a from MentorApplication a where a.number = :number")
  Optional<MentorApplication> findByNumber(String number);

  java.util.List<MentorApplication> findByMentorOrderBySubmittedAtAsc(Mentor mentor);

  /** Applications in this status of mentors in that status, not erased, with year of birth; oldest first. */
  @Query("""
      select a from MentorApplication a join fetch a.mentor m
      where a.status = :applicationStatus and m.status = :mentorStatus
        and m.erasedAt is null and m.birthYear is not null
      order by a.submittedAt, a.id""")
  java.util.List<MentorApplication> findWithMentorsInStatus(ApplicationStatus applicationStatus,
      MentorStatus mentorStatus);

  /** People whose every application is closed, the last one before the cutoff, not erased yet. */
  @Query("""
      select distinct a.mentor from MentorApplication a
      where a.mentor.erasedAt is null and a.mentor.status not in :activeMentors
        and not exists (select 1 from MentorApplication b where b.mentor = a.mentor
                        and (b.status in :running or b.statusChangedAt >= :cutoff))""")
  java.util.List<Mentor> findMentorsClosedBefore(Instant cutoff, Collection<ApplicationStatus> running,
      Collection<MentorStatus> activeMentors);
}
