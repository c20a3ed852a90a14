package org.reversementoring.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Process variables in the engine REST API's JSON shape, typed the way a calling system types them. */
public final class RestVariables {

  /** A value sent with the REST type {@code Json}. */
  public record Json(String text) {
  }

  private RestVariables() {
  }

  /** {@code {"variables": {...}}} plus any further members of the request, as a JSON request. */
  public static HttpEntity<Map<String, Object>> request(Map<String, Object> variables, Map<String, Object> more) {
    Map<String, Object> body = new LinkedHashMap<>(more);
    body.put("variables", typed(variables));
    return json(body);
  }

  public static HttpEntity<Map<String, Object>> request(Map<String, Object> variables) {
    return request(variables, Map.of());
  }

  public static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** Each value as {@code {"value": …, "type": …}}, the type following the Java type. */
  public static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, value instanceof Json json
        ? Map.of("value", json.text(), "type", "Json")
        : Map.of("value", value, "type", typeOf(value))));
    return typed;
  }

  /** The names of the fields a refusal ({@code RejectedInputException} over REST) lists. */
  public static List<Object> refusedFields(Map<?, ?> body) {
    return ((List<?>) body.get("fields")).stream().<Object>map(field -> ((Map<?, ?>) field).get("field")).toList();
  }

  private static String typeOf(Object value) {
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    return value instanceof Boolean ? "Boolean" : "String";
  }
}
