package org.reversementoring.recruitment;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.reversementoring.common.SignedLinks;
import org.springframework.stereotype.Service;

/** Turns a withdraw link from a mail into the process's withdrawal message. */
@Service
public class WithdrawalService {

  public enum Outcome { WITHDRAWN, ALREADY_CLOSED, INVALID_LINK }

  private final SignedLinks links;
  private final ApplicationService applications;
  private final RuntimeService runtime;

  public WithdrawalService(SignedLinks links, ApplicationService applications, RuntimeService runtime) {
    this.links = links;
    this.applications = applications;
    this.runtime = runtime;
  }

  /** The application a link is for, if the link is genuine. */
  public Optional<MentorApplication> applicationFor(String token) {
    return links.verify(RecruitmentMails.WITHDRAW_PURPOSE, token).flatMap(applications::findByNumber);
  }

  /** Until the Academy qualification ends, the applicant can step back. */
  public boolean canWithdraw(MentorApplication application) {
    boolean stillWithdrawable = application.getStatus().isOpen()
        || application.getStatus() == ApplicationStatus.SELECTED;
    return stillWithdrawable && runtime.createProcessInstanceQuery()
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
