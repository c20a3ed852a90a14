package org.reversementoring.recruitment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentorApplicationRepository extends JpaRepository<MentorApplication, Long> {

  /** The statuses of every application this person made, in no order. */
  @Query("select a.status from MentorApplication a where a.mentor = :mentor")
  List<ApplicationStatus> statusesOf(Mentor mentor);

  @Query("select count(a) from MentorApplication a where a.status = :status and a.statusChangedAt <= :changedAt")
  long countByStatusAndStatusChangedAtLessThanEqual(ApplicationStatus status, Instant changedAt);

  /** Asked for every application task's case label. */
  @Query("select a from MentorApplication a where a.number = :number")
  Optional<MentorApplication> findByNumber(String number);

  @Query("select a from MentorApplication a where a.mentor = :mentor order by a.submittedAt")
  List<MentorApplication> findByMentorOrderBySubmittedAtAsc(Mentor mentor);

  /** Applications in this status of mentors in that status, not erased, with year of birth; oldest first. */
  @Query("""
      select a from MentorApplication a join fetch a.mentor m
      where a.status = :applicationStatus and m.status = :mentorStatus
        and m.erasedAt is null and m.birthYear is not null
      order by a.submittedAt, a.id""")
  List<MentorApplication> findWithMentorsInStatus(ApplicationStatus applicationStatus,
      MentorStatus mentorStatus);

  /** People whose every application is closed, the last one before the cutoff, not erased yet. */
  @Query("""
      select distinct a.mentor from MentorApplication a
      where a.mentor.erasedAt is null and a.mentor.status not in :activeMentors
        and not exists (select 1 from MentorApplication b where b.mentor = a.mentor
                        and (b.status in :running or b.statusChangedAt >= :cutoff))""")
  List<Mentor> findMentorsClosedBefore(Instant cutoff, Collection<ApplicationStatus> running,
      Collection<MentorStatus> activeMentors);
}
