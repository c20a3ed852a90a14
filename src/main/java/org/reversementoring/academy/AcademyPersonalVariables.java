package org.reversementoring.academy;

import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.springframework.stereotype.Component;

@Component
class AcademyPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.of(AcademyVariables.MENTOR_NAME, AcademyVariables.TRAINER_REMARK,
        AcademyVariables.TRAINER_NAME, AcademyVariables.TRAINER_EMAIL);
  }
}
