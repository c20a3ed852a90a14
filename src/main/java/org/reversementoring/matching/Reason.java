package org.reversementoring.matching;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * Why the matching proposed a pair, left someone over or could not keep a fixed pair, stored
 * without words: a {@link Why} and its arguments (numbers, codes, places), so that each reader
 * gets it in their language ({@link MatchingWords}). A proposal made before reasons were stored
 * this way held finished English sentences; such a sentence reads back as a reason without a
 * kind ({@link #sentence}), shown as it was stored.
 *
 * @param key the {@link Why}'s name; null for a sentence stored in words
 * @param args its arguments in order, as text (see {@link Why} for what each is)
 */
public record Reason(String key, List<String> args) {

  private static final ObjectMapper JSON = new ObjectMapper();

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Reason {
    args = args == null ? List.of() : List.copyOf(args);
  }

  static Reason of(Why why, Object... args) {
    return new Reason(why.name(), java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** A reason stored as a finished sentence (made by v0.1.0 or earlier), read from JSON text. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Reason sentence(String sentence) {
    return new Reason(null, List.of(sentence));
  }

  /** As a tandem row keeps it, one line: the JSON of kind and arguments, or the stored sentence. */
  public String stored() {
    if (key == null) {
      return String.join(" ", args);
    }
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A reason is always JSON", e);
    }
  }

  /** The kind of reason; empty for a stored sentence or a kind this version does not know. */
  @JsonIgnore
  public Optional<Why> why() {
    if (key == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Why.valueOf(key));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
