package org.reversementoring.enrollment;

import java.util.Optional;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.reversementoring.worklist.CaseLabels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An executive's enrollment as the task list names it: executive · department · topics wanted. */
@Component
class EnrollmentLabels implements CaseLabels {

  private final MenteeRepository mentees;
  private final TopicNames topics;

  EnrollmentLabels(MenteeRepository mentees, TopicNames topics) {
    this.mentees = mentees;
    this.topics = topics;
  }

  @Override
  public String numberPrefix() {
    return MenteeService.NUMBER_PREFIX;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> labelOf(String caseNumber) {
    return mentees.findByNumber(caseNumber).map(mentee -> CaseLabels.join(mentee.getFullName(),
        mentee.getDepartment(), CaseLabels.topics(mentee.getTopicCodes(), code -> topics.name(code, Language.EN))));
  }
}
