package org.reversementoring.academy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AcademyCohortRepository extends JpaRepository<AcademyCohort, Long> {

  @Query("select count(c) > 0 from AcademyCohort c where upper(c.name) = upper(:name)")
  boolean existsByNameIgnoreCase(String name);

  @Query("select c from AcademyCohort c where upper(c.name) = upper(:name)")
  Optional<AcademyCohort> findByNameIgnoreCase(String name);

  /** Cohorts that had a free seat when read, earliest first; {@link #takeSeat} decides. */
  @Query("select c.id from AcademyCohort c where c.seatsTaken < c.capacity and c.startsAt > :after"
      + " order by c.startsAt, c.id")
  List<Long> idsWithFreeSeatsStartingAfter(Instant after);

  @Query("select count(c) > 0 from AcademyCohort c where c.seatsTaken < c.capacity"
      + " and c.startsAt > :after")
  boolean existsWithFreeSeatStartingAfter(Instant after);

  /**
   * Takes a seat if one is free, in one statement: the database locks the row and checks the
   * condition on its latest committed state, so of two transactions racing for the last seat
   * exactly one gets 1 and the other 0.
   */
  @Modifying(flushAutomatically = true)
  @Query("update AcademyCohort c set c.seatsTaken = c.seatsTaken + 1"
      + " where c.id = :cohortId and c.seatsTaken < c.capacity")
  int takeSeat(long cohortId);

  @Modifying(flushAutomatically = true)
  @Query("update AcademyCohort c set c.seatsTaken = c.seatsTaken - 1"
      + " where c.id = :cohortId and c.seatsTaken > 0")
  int freeSeat(long cohortId);
}
