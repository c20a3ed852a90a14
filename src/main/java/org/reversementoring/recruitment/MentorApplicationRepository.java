package org.reversementoring.recruitment;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorApplicationRepository extends JpaRepository<MentorApplication, Long> {

  boolean existsByMentorAndStatusIn(Mentor mentor, Collection<ApplicationStatus> statuses);

  long countByMentorAndStatus(Mentor mentor, ApplicationStatus status);

  long countByStatusAndStatusChangedAtLessThanEqual(ApplicationStatus status, Instant changedAt);

  Optional<MentorApplication> findByNumber(String number);
}
