package org.reversementoring.academy;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ModuleResultRepository extends JpaRepository<ModuleResult, Long> {

  @Query("select count(r) > 0 from ModuleResult r where r.enrollment.id = :enrollmentId and r.moduleKey = :moduleKey")
  boolean existsByEnrollmentIdAndModuleKey(long enrollmentId, String moduleKey);

  @Query("select r from ModuleResult r where r.enrollment.id = :enrollmentId order by r.id")
  List<ModuleResult> findByEnrollmentIdOrderByIdAsc(long enrollmentId);

  /** The modules the mentor passed in the given enrollment or an earlier one. */
  @Query("select distinct r.moduleKey from ModuleResult r where r.passed = true"
      + " and r.enrollment.mentorId = :mentorId and r.enrollment.id <= :upToEnrollmentId")
  Set<String> passedModuleKeys(long mentorId, long upToEnrollmentId);

  /** How many of the mentor's enrollments have a failed or missed module. */
  @Query("select count(distinct r.enrollment.id) from ModuleResult r where r.passed = false"
      + " and r.enrollment.mentorId = :mentorId")
  long countEnrollmentsWithFailedModule(long mentorId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update ModuleResult r set r.remark = null where r.remark is not null and r.enrollment.id in"
      + " (select e.id from AcademyEnrollment e where e.mentorId = :mentorId)")
  int eraseRemarks(long mentorId);
}
