package org.reversementoring.recruitment.process;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.MentorApplication;
import org.reversementoring.recruitment.RecruitmentVariables;
import org.reversementoring.recruitment.WithdrawLinks;
import org.springframework.stereotype.Service;

/** Turns a withdraw link from a mail into the process's withdrawal message. */
@Service
public class WithdrawalService {

  public enum Outcome { WITHDRAWN, ALREADY_CLOSED, INVALID_LINK }

  private final WithdrawLinks links;
  private final ApplicationService applications;
  private final RuntimeService runtime;

  public WithdrawalService(WithdrawLinks links, ApplicationService applications, RuntimeService runtime) {
    this.links = links;
    this.applications = applications;
    this.runtime = runtime;
  }

  /** The application a link is for, if the link is genuine. */
  public Optional<MentorApplication> applicationFor(String token) {
    return links.applicationNumber(token).flatMap(applications::findByNumber);
  }

  /** Whether the application may still be withdrawn and its process still runs. */
  public boolean canWithdraw(MentorApplication application) {
    return application.getStatus().isWithdrawable() && runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(application.getNumber(), RecruitmentVariables.PROCESS_KEY)
        .active().count() > 0;
  }

  public Outcome withdraw(String token) {
    Optional<MentorApplication> application = applicationFor(token);
    if (application.isEmpty()) {
      return Outcome.INVALID_LINK;
    }
    if (!canWithdraw(application.get())) {
      return Outcome.ALREADY_CLOSED;
    }
    runtime.createMessageCorrelation(RecruitmentVariables.WITHDRAWAL_MESSAGE)
        .processInstanceBusinessKey(application.get().getNumber())
        .correlate();
    return Outcome.WITHDRAWN;
  }
}
