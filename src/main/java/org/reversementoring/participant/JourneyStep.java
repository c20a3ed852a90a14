package org.reversementoring.participant;

import java.time.Instant;
import java.util.List;

/**
 * One step of a participant's journey as the program page shows it.
 *
 * @param key   the step's name in the page's messages ({@code me.step.<key>})
 * @param args  what the step's words quote (a module's name, a session's number, a result)
 * @param date  when it happened or is planned; null when not known
 * @param state done, now (where the person stands), next (the step after), later, or ended
 */
public record JourneyStep(String key, List<Object> args, Instant date, State state) {

  public enum State { DONE, NOW, NEXT, LATER, ENDED }

  public JourneyStep {
    args = List.copyOf(args);
  }

  public Object[] argArray() {
    return args.toArray();
  }
}
