package org.reversementoring.common.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.support.CatalogueFixtures;

/**
 * Each form in English ({@code forms/<name>.form}) and German ({@code forms/de/<name>-de.form}) is
 * one contract: the same components, keys, types, values, conditions and validation; only the
 * words people read differ (labels, texts, descriptions, the options' labels), and every one of
 * them is there in both; topics are not listed in forms but come from the catalogue
 * ({@code "valuesKey": "topicOptions"}, filled as the form is delivered).
 */
class FormPairsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WORDS = Set.of("label", "text", "description", "placeholder", "dateLabel",
      "timeLabel");

  static Stream<Path> forms() throws IOException {
    return FormContractTest.forms();
  }

  @Test
  void everyGermanFormHasItsEnglishOne() throws IOException {
    try (Stream<Path> german = Files.list(Path.of("forms", "de"))) {
      assertThat(german.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(forms().map(path -> german(path).getFileName().toString()).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void theGermanFormIsTheSameContract(Path english) throws IOException {
    JsonNode en = JSON.readTree(english.toFile());
    JsonNode de = JSON.readTree(german(english).toFile());

    assertThat(de.path("id").asText()).isEqualTo(en.path("id").asText() + "-de");
    assertThat(withoutWords(de)).isEqualTo(withoutWords(en));
    assertThat(contract(german(english)).fieldNames()).isEqualTo(contract(english).fieldNames());
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyWordIsTranslated(Path english) throws IOException {
    List<String> en = words(JSON.readTree(english.toFile()));
    List<String> de = words(JSON.readTree(german(english).toFile()));

    assertThat(de).hasSameSizeAs(en).allSatisfy(word -> assertThat(word).isNotBlank());
    assertThat(String.join(" ", de)).as("German words").isNotEqualTo(String.join(" ", en));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void topicChoicesComeFromTheCatalogue(Path english) throws IOException {
    for (Path form : List.of(english, german(english))) {
      JsonNode schema = JSON.readTree(form.toFile());
      assertThat(schema.findValuesAsText("value")).as(form + " lists no topic of its own")
          .doesNotContainAnyElementsOf(CatalogueFixtures.TOPICS);
      for (JsonNode field : schema.findParents("key")) {
        if (field.path("key").asText().toLowerCase(java.util.Locale.ROOT).endsWith("topics")) {
          assertThat(field.path("valuesKey").asText()).as(form + " " + field.path("key")).isEqualTo("topicOptions");
        }
      }
    }
  }

  private static FormContract contract(Path form) throws IOException {
    try (InputStream in = Files.newInputStream(form)) {
      return FormContract.parse(in);
    }
  }

  private static Path german(Path english) {
    // a deployment names its resources by file name alone: the German one needs a name of its own
    return Path.of("forms", "de").resolve(english.getFileName().toString().replace(".form", "-de.form"));
  }

  /** The form as a contract: everything but its id and the words shown. */
  private static JsonNode withoutWords(JsonNode form) {
    JsonNode copy = form.deepCopy();
    ((ObjectNode) copy).remove("id");
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(WORDS);
    }
    node.forEach(FormPairsTest::strip);
  }

  private static List<String> words(JsonNode node) {
    List<String> words = new ArrayList<>();
    collectWords(node, words);
    return words;
  }

  private static void collectWords(JsonNode node, List<String> words) {
    if (node.isObject()) {
      WORDS.stream().sorted().filter(node::has).forEach(key -> words.add(node.get(key).asText()));
    }
    node.forEach(child -> collectWords(child, words));
  }
}
