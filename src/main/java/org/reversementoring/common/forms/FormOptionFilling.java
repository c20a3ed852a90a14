package org.reversementoring.common.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reversementoring.common.FormOptionLists.Option;
import org.reversementoring.common.FormOptionLists;
import org.reversementoring.common.Language;

/**
 * Fills a form's option lists the app keeps ({@link FormOptionLists}) as the form is delivered:
 * each component whose {@code valuesKey} names such a list gets the options as its own
 * {@code values}. Tasklist fills a {@code valuesKey} from variables only on task forms, never on
 * start forms, so the form gets them here, for every reader the same way.
 */
final class FormOptionFilling {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<List<FormOptionLists>> lists;

  FormOptionFilling(Supplier<List<FormOptionLists>> lists) {
    this.lists = lists;
  }

  InputStream fill(InputStream form, Language language) {
    try (form) {
      JsonNode schema = JSON.readTree(form);
      List<FormOptionLists> sources = lists.get();
      fill(schema, language, sources);
      return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable form", e);
    }
  }

  private static void fill(JsonNode container, Language language, List<FormOptionLists> sources) {
    for (JsonNode component : container.path("components")) {
      String valuesKey = component.path("valuesKey").asText(null);
      if (valuesKey != null && component instanceof ObjectNode field) {
        options(sources, valuesKey, language).ifPresent(options -> {
          ArrayNode values = field.putArray("values");
          options.forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
          field.remove("valuesKey");
        });
      }
      fill(component, language, sources);
    }
  }

  private static Optional<List<Option>> options(List<FormOptionLists> sources, String valuesKey, Language language) {
    return sources.stream().map(source -> source.options(valuesKey, language)).flatMap(Optional::stream).findFirst();
  }
}
