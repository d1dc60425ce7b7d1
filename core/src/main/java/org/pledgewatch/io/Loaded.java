package org.pledgewatch.io;

import java.util.List;
import org.pledgewatch.Problem;

/**
 * What a lenient load returns: the records that loaded, every record that did not, with why, and
 * what loaded but deserves a look.
 *
 * @param value what loaded
 * @param rejected every rejected record's problems, in file order; empty if everything loaded
 * @param warnings problems with records that loaded anyway (an evidence kind no catalog declares,
 *     with the nearest declared one), in file order
 */
public record Loaded<T>(T value, List<Problem> rejected, List<Problem> warnings) {
  public Loaded {
    rejected = List.copyOf(rejected);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A load with no warnings. */
  public Loaded(T value, List<Problem> rejected) {
    this(value, rejected, List.of());
  }

  public boolean complete() {
    return rejected.isEmpty();
  }
}
