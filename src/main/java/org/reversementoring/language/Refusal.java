package org.reversementoring.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reversementoring.common.FieldError;

/**
 * A refused field as a page shows it, in the page's language: the words under {@link #key}
 * in {@code messages/pages} with the refusal's numbers as arguments ({@code must be at least 10
 * characters long} → {@code refusal.password.must-be-at-least-n-characters-long}, {@code {0}} =
 * 10); a refusal without words there shows as the domain said it ({@link #text}).
 */
public record Refusal(String key, Object[] arguments, String text) {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  public static List<Refusal> of(List<FieldError> errors) {
    return errors.stream().map(Refusal::of).toList();
  }

  static Refusal of(FieldError error) {
    List<Object> numbers = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(error.message());
    while (matcher.find()) {
      numbers.add(matcher.group());
    }
    String slug = NUMBER.matcher(error.message()).replaceAll("n").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    return new Refusal("refusal." + error.field() + "." + slug, numbers.toArray(), error.toString());
  }
}
