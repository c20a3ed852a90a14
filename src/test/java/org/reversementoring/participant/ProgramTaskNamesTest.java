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
 * The program page lists a person's open tasks in their language; the models name them in English,
 * so every user task of every model has its German name ({@code me.task.<id>} in me_de.properties).
 */
class ProgramTaskNamesTest {

  @Test
  void everyUserTaskHasAGermanName() throws IOException {
    Properties german = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages/me_de.properties")) {
      german.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    assertThat(userTaskIds()).isNotEmpty()
        .allSatisfy(id -> assertThat(german.getProperty("me.task." + id)).as(id).isNotBlank());
  }

  private static List<String> userTaskIds() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      return models.filter(path -> path.toString().endsWith(".bpmn"))
          .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(UserTask.class).stream())
          .map(UserTask::getId)
          .toList();
    }
  }
}
