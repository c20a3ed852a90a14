package org.reversementoring.worklist;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a coordinator gets the morning digest: everyone does until they switch it off. */
@Service
public class DigestSubscriptions {

  private final DigestOptOutRepository optOuts;
  private final Clock clock;

  public DigestSubscriptions(DigestOptOutRepository optOuts, Clock clock) {
    this.optOuts = optOuts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean receives(String userId) {
    return !optOuts.existsById(userId);
  }

  /** Switches the digest on or off for this person; choosing what is already so changes nothing. */
  @Transactional
  public void choose(String userId, boolean receive) {
    if (receive) {
      optOuts.deleteById(userId);
    } else if (!optOuts.existsById(userId)) {
      optOuts.save(new DigestOptOut(userId, clock.instant()));
    }
  }
}
