package org.reversementoring.tandem;

import static org.reversementoring.tandem.process.TandemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * "Tell the tandem it ended" (or that it continues): a mail to mentor and executive, each in their
 * language; once the tandem has ended early, with the calendar cancellation of the sessions still
 * planned. BPMN fields {@code mentorTemplate} and {@code menteeTemplate}, both optional (default
 * {@value #TEMPLATE}).
 */
@Component("tellTandemEnded")
@Scope("prototype")
public class TandemEndedMailDelegate implements JavaDelegate {

  static final String TEMPLATE = "tandem-ended-early";

  private final TandemMails mails;
  private Expression mentorTemplate;
  private Expression menteeTemplate;

  public TandemEndedMailDelegate(TandemMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long tandemId = TANDEM_ID.from(execution);
    String stepKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
    mails.endingMail(template(mentorTemplate, execution), TandemMails.Recipient.MENTOR, tandemId, stepKey + "/mentor",
        execution.getProcessInstanceId(), null);
    mails.endingMail(template(menteeTemplate, execution), TandemMails.Recipient.MENTEE, tandemId, stepKey + "/mentee",
        execution.getProcessInstanceId(), null);
  }

  private static String template(Expression field, DelegateExecution execution) {
    return field == null ? TEMPLATE : String.valueOf(field.getValue(execution));
  }
}
