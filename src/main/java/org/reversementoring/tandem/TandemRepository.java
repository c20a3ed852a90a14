package org.reversementoring.tandem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TandemRepository extends JpaRepository<Tandem, Long> {

  Optional<Tandem> findByNumber(String number);

  Optional<Tandem> findByMenteeId(long menteeId);

  List<Tandem> findByMentorIdIn(Collection<Long> mentorIds);

  List<Tandem> findByStatusIn(Collection<TandemStatus> statuses);
}
