package org.pledgewatch.io;

import java.util.List;
import org.pledgewatch.Problem;

/**
 * What a lenient load returns: the records that loaded, and every record that did not, with why.
 *
 * @param value what loaded
 * @param rejected every rejected record's problems, in file order; empty if everything loaded
 */
public record Loaded<T>(T value, List<Problem> rejected) {
  public Loaded {
    rejected = List.copyOf(rejected);
  }

  public boolean complete() {
    return rejected.isEmpty();
  }
}
