package org.reversementoring.common;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A user task's name in its reader's language: {@code me.task.<task id>} in
 * {@code messages/me[_de].properties}, the English one as the model names the task. A task
 * assigned to one person is named in their language when it is created, so its own name may be
 * German.
 */
@Component
public class TaskNames {

  private final MessageSource messages;
  private final PersonLanguages languages;

  public TaskNames(MessageSource messages, PersonLanguages languages) {
    this.messages = messages;
    this.languages = languages;
  }

  /** @param name the task's own name, answered for a task the bundles do not know */
  public String in(Language language, String taskKey, String name) {
    return messages.getMessage("me.task." + taskKey, null, name, language.locale());
  }

  /** The name the person it is assigned to reads; the model's name for someone the program does not know. */
  public String forAssignee(String assignee, String taskKey, String modelName) {
    return languages.of(assignee).map(language -> in(language, taskKey, modelName)).orElse(modelName);
  }
}
