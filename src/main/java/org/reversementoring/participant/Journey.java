package org.reversementoring.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reversementoring.participant.JourneyStep.State;

/**
 * Builds a timeline from milestones in their order: those reached are done, the first one not
 * reached is where the person stands now, the one after it comes next, the rest later. A
 * journey that ended (withdrawn, not selected, ended early) stops with its end: nothing is now
 * or next after it.
 */
public final class Journey {

  private record Milestone(String key, List<Object> args, Instant date, boolean reached) {
  }

  private final List<Milestone> milestones = new ArrayList<>();
  private Milestone end;

  /** A milestone; {@code reached} when it has happened. */
  public Journey step(String key, Instant date, boolean reached, Object... args) {
    if (end == null) {
      milestones.add(new Milestone(key, List.of(args), date, reached));
    }
    return this;
  }

  /** Ends the journey here: later milestones are not shown. */
  public Journey endedWith(String key, Instant date, Object... args) {
    if (end == null) {
      end = new Milestone(key, List.of(args), date, true);
    }
    return this;
  }

  public boolean ended() {
    return end != null;
  }

  public List<JourneyStep> steps() {
    List<JourneyStep> steps = new ArrayList<>();
    int open = 0;
    for (Milestone milestone : milestones) {
      State state;
      if (milestone.reached()) {
        state = State.DONE;
      } else if (end != null) {
        continue;
      } else {
        state = open == 0 ? State.NOW : open == 1 ? State.NEXT : State.LATER;
        open++;
      }
      steps.add(new JourneyStep(milestone.key(), milestone.args(), milestone.date(), state));
    }
    if (end != null) {
      steps.add(new JourneyStep(end.key(), end.args(), end.date(), State.ENDED));
    }
    return steps;
  }
}
