package org.pledgewatch.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the records of this package; messages name the field and the value
 * found.
 */
final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  private Checks() {}

  static String id(String value, String what) {
    Objects.requireNonNull(value, what + " must not be null");
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " must be letters, digits, '.', '_', ':' or '-' (starting with a letter or digit), but was '"
              + value
              + "'");
    }
    return value;
  }

  static String text(String value, String what) {
    Objects.requireNonNull(value, what + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static <T> List<T> list(List<T> value, String what) {
    if (value == null) {
      return List.of();
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new IllegalArgumentException(what + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(value);
  }
}
