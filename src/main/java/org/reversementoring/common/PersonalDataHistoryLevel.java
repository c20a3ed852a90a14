package org.reversementoring.common;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except the values of personal variables: erasing a record in the domain tables
 * must not leave a copy in the engine's history tables.
 */
public class PersonalDataHistoryLevel extends HistoryLevelFull {

  public static final String NAME = "full-without-personal-data";

  private final Set<String> personalVariables;

  public PersonalDataHistoryLevel(Set<String> personalVariables) {
    this.personalVariables = Set.copyOf(personalVariables);
  }

  @Override
  public int getId() {
    return 31;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstance variable && personalVariables.contains(variable.getName())) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }
}
