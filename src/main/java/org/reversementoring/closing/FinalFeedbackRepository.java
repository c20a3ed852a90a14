package org.reversementoring.closing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FinalFeedbackRepository extends JpaRepository<FinalFeedback, Long> {

  @Query("select f from FinalFeedback f where f.tandemId = :tandemId and f.role = :role")
  Optional<FinalFeedback> findByTandemIdAndRole(long tandemId, FeedbackRole role);

  @Query("select f from FinalFeedback f where f.tandemId = :tandemId order by f.role")
  List<FinalFeedback> findByTandemIdOrderByRole(long tandemId);

  /** The ratings executives gave in their final feedback on tandems this mentor holds. */
  @Query("select f.overallRating from FinalFeedback f where f.role = org.reversementoring.closing.FeedbackRole.MENTEE"
      + " and f.tandemId in (select t.id from Tandem t where t.mentorId = :mentorId)")
  List<Integer> menteeRatingsOfMentor(@Param("mentorId") long mentorId);
}
