package org.reversementoring.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Tasks are named in their reader's language (the program page, the digest, a task assigned to a
 * German speaker in Tasklist); the models name them in English, so every user task of every model
 * has both names ({@code me.task.<id>} in me.properties and me_de.properties).
 */
class ProgramTaskNamesTest {

  @Test
  void everyUserTaskHasAGermanName() throws IOException {
    Properties german = bundle("/messages/me_de.properties");

    assertThat(userTasks()).isNotEmpty()
        .allSatisfy(task -> assertThat(german.getProperty("me.task." + task.getId())).as(task.getId()).isNotBlank());
  }

  /** The digest and the program page name a task from the bundle: its English name is the model's. */
  @Test
  void everyUserTaskHasItsModelsNameInEnglish() throws IOException {
    Properties english = bundle("/messages/me.properties");

    assertThat(userTasks()).isNotEmpty().allSatisfy(task ->
        assertThat(english.getProperty("me.task." + task.getId())).as(task.getId()).isEqualTo(task.getName()));
  }

  private Properties bundle(String path) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream(path)) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }

  private static List<UserTask> userTasks() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      return models.filter(path -> path.toString().endsWith(".bpmn"))
          .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(UserTask.class).stream())
          .toList();
    }
  }
}
