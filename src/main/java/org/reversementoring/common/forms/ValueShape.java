package org.reversementoring.common.forms;

import java.util.Collection;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a submitted variable holds, whichever way it came: a typed value from REST or Tasklist
 * ({@code Json} may still be serialized), or a plain Java value from the Java API.
 */
enum ValueShape {
  NOTHING, TEXT, WHOLE_NUMBER, FRACTION, FLAG, LIST, OTHER;

  static ValueShape of(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String serialized = serializable.getValueSerialized();
      return serialized != null && serialized.strip().startsWith("[") ? LIST : OTHER;
    }
    return ofPlain(value instanceof TypedValue typed ? typed.getValue() : value);
  }

  private static ValueShape ofPlain(Object value) {
    if (value == null) {
      return NOTHING;
    }
    if (value instanceof String) {
      return TEXT;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return WHOLE_NUMBER;
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? WHOLE_NUMBER : FRACTION;
    }
    if (value instanceof Boolean) {
      return FLAG;
    }
    if (value instanceof Collection<?> || (value instanceof SpinJsonNode node && node.isArray())) {
      return LIST;
    }
    return OTHER;
  }
}
