package org.reversementoring.tandem.process;

import static org.reversementoring.tandem.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reversementoring.tandem.OrganizerBriefs;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * On create of a program organizers' task: which brief it needs (field {@code brief}:
 * {@code kickoff-date}, {@code missing-log} or {@code replan}), in the task's own variable, from
 * which the form and the task's mail make the brief in their reader's language.
 */
@Component("organizerBrief")
@Scope("prototype")
public class OrganizerBriefListener implements TaskListener {

  private Expression brief;

  public void setBrief(Expression brief) {
    this.brief = brief;
  }

  @Override
  public void notify(DelegateTask task) {
    ORGANIZER_BRIEF_KIND.setLocal(task, OrganizerBriefs.Brief.byCode(brief.getValue(task).toString()).code());
  }
}
