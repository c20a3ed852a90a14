package org.reversementoring.academy.process;

import static org.reversementoring.academy.AcademyVariables.*;

import java.util.List;
import java.util.Set;
import org.reversementoring.common.PersonalVariables;
import org.reversementoring.common.ProcessVariable;
import org.springframework.stereotype.Component;

@Component
class AcademyPersonalVariables implements PersonalVariables {

  @Override
  public Set<String> names() {
    return Set.copyOf(ProcessVariable.names(List.of(MENTOR_NAME, TRAINER_REMARK, TRAINER_NAME, TRAINER_EMAIL)));
  }
}
