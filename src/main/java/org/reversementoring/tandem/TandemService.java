package org.reversementoring.tandem;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reversementoring.common.ReferenceNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates tandem records and moves them through their statuses. Knows nothing of Camunda. */
@Service
@Transactional
public class TandemService {

  static final String NUMBER_PREFIX = "RMT";

  private final TandemRepository tandems;
  private final ReferenceNumbers numbers;
  private final Clock clock;

  public TandemService(TandemRepository tandems, ReferenceNumbers numbers, Clock clock) {
    this.tandems = tandems;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Stores an approved pair as a tandem numbered RMT-yyyy-nnn, in kickoff. */
  public Tandem form(TandemDraft draft) {
    return tandems.save(new Tandem(numbers.next(NUMBER_PREFIX, 3), draft, clock.instant()));
  }

  public void attachToProcess(long tandemId, String processInstanceId) {
    find(tandemId).attachToProcess(processInstanceId);
  }

  /**
   * Closes a tandem after its last session with the coordinator's closing note (may be null):
   * status CLOSED, the end time and the note recorded. Only a running tandem can be closed.
   */
  public Tandem close(long tandemId, String note) {
    Tandem tandem = find(tandemId);
    if (!TandemStatus.RUNNING.contains(tandem.getStatus())) {
      throw new IllegalStateException("Tandem " + tandem.getNumber() + " is " + tandem.getStatus() + " and cannot be closed");
    }
    tandem.end(TandemStatus.CLOSED, note, clock.instant());
    return tandem;
  }

  @Transactional(readOnly = true)
  public Tandem find(long tandemId) {
    return tandems.findById(tandemId)
        .orElseThrow(() -> new IllegalArgumentException("No tandem with id " + tandemId));
  }

  @Transactional(readOnly = true)
  public Optional<Tandem> findByNumber(String number) {
    return tandems.findByNumber(number);
  }

  /** The tandem an enrollment was matched into. */
  @Transactional(readOnly = true)
  public Tandem findByMentee(long menteeId) {
    return tandems.findByMenteeId(menteeId)
        .orElseThrow(() -> new IllegalArgumentException("No tandem for mentee " + menteeId));
  }

  /** For each of these mentors, the mentees they have ever been paired with. */
  @Transactional(readOnly = true)
  public Map<Long, Set<Long>> menteesPairedWith(List<Long> mentorIds) {
    Map<Long, Set<Long>> paired = new HashMap<>();
    for (Tandem tandem : tandems.findByMentorIdIn(mentorIds)) {
      paired.computeIfAbsent(tandem.getMentorId(), id -> new HashSet<>()).add(tandem.getMenteeId());
    }
    return paired;
  }

  /** How many running tandems each mentor has: places already taken. */
  @Transactional(readOnly = true)
  public Map<Long, Integer> runningTandemsPerMentor() {
    Map<Long, Integer> running = new HashMap<>();
    for (Tandem tandem : tandems.findByStatusIn(TandemStatus.RUNNING)) {
      running.merge(tandem.getMentorId(), 1, Integer::sum);
    }
    return running;
  }
}
