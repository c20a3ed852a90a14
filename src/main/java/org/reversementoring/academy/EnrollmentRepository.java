package org.reversementoring.academy;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

  /** Locks the enrollment so that two releases (or a release and a result) are one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from AcademyEnrollment e where e.id = :id")
  Optional<Enrollment> lockById(long id);

  @Query("select count(e) > 0 from AcademyEnrollment e where e.mentorId = :mentorId and e.status = :status")
  boolean existsByMentorIdAndStatus(long mentorId, EnrollmentStatus status);

  @Query("select e from AcademyEnrollment e where e.mentorId = :mentorId and e.status = :status")
  Optional<Enrollment> findByMentorIdAndStatus(long mentorId, EnrollmentStatus status);

  @Query("select e from AcademyEnrollment e where e.mentorId = :mentorId order by e.id")
  List<Enrollment> findByMentorIdOrderByIdAsc(long mentorId);
}
