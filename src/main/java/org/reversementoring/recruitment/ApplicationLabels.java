package org.reversementoring.recruitment;

import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.reversementoring.worklist.CaseLabels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An application (and its Academy qualification) as the task list names it: applicant · department · topics. */
@Component
class ApplicationLabels implements CaseLabels {

  private final MentorApplicationRepository applications;
  private final TopicNames topics;

  ApplicationLabels(MentorApplicationRepository applications, TopicNames topics) {
    this.applications = applications;
    this.topics = topics;
  }

  @Override
  public String numberPrefix() {
    return ApplicationService.NUMBER_PREFIX;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> labelOf(String caseNumber) {
    return applications.findByNumber(caseNumber).map(application -> CaseLabels.join(
        application.getMentor().getFullName(), application.getMentor().getDepartment(),
        CaseLabels.topics(application.getTopicCodes(), code -> topics.name(code, Language.EN))));
  }
}
