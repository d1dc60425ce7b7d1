package org.pledgewatch.model;

import java.util.Objects;

/**
 * How a commitment's criteria combine into "met".
 *
 * @param mode all of them, or at least some number
 * @param required with {@link Mode#AT_LEAST}, how many; ignored (0) with {@link Mode#ALL}
 */
public record Combination(Mode mode, int required) {

  /** The two ways criteria combine. */
  public enum Mode {
    ALL,
    AT_LEAST
  }

  public Combination {
    Objects.requireNonNull(mode, "combination mode must not be null");
    if (mode == Mode.ALL) {
      required = 0;
    } else if (required < 1) {
      throw new IllegalArgumentException(
          "combination AT_LEAST needs required >= 1, but was " + required);
    }
  }

  public static Combination all() {
    return new Combination(Mode.ALL, 0);
  }

  public static Combination atLeast(int k) {
    return new Combination(Mode.AT_LEAST, k);
  }

  /** How many of {@code criteria} criteria must be satisfied. */
  public int requiredOf(int criteria) {
    return mode == Mode.ALL ? criteria : required;
  }
}
