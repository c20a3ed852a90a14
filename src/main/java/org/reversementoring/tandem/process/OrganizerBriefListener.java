package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.tandem.OrganizerBriefs;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * On create of a program organizers' task: what they need to act on it (field {@code brief}:
 * {@code kickoff-date}, {@code missing-log} or {@code replan}), in the task's own variable, which
 * the form shows and the task's mail quotes.
 */
@Component("organizerBrief")
@Scope("prototype")
public class OrganizerBriefListener implements TaskListener {

  private final OrganizerBriefs briefs;
  private Expression brief;

  public OrganizerBriefListener(OrganizerBriefs briefs) {
    this.briefs = briefs;
  }

  public void setBrief(Expression brief) {
    this.brief = brief;
  }

  @Override
  public void notify(DelegateTask task) {
    OrganizerBriefs.Brief which = OrganizerBriefs.Brief.valueOf(
        brief.getValue(task).toString().toUpperCase(Locale.ROOT).replace('-', '_'));
    ORGANIZER_BRIEF.setLocal(task, briefs.of(which, TANDEM_ID.from(task), SESSION_POSITION.optionalFrom(task).orElse(null)));
  }
}
