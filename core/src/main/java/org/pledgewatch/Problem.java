package org.pledgewatch;

import java.util.Objects;

/**
 * One thing wrong with an input, and where.
 *
 * @param code what kind of problem
 * @param location where: a file position with its JSON path, a rule, a record by id; {@link
 *     Location#NONE} when nothing more precise can be known
 * @param message what was expected and what was found
 */
public record Problem(ErrorCode code, Location location, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    location = location == null ? Location.NONE : location;
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (location.isNone() ? "" : location + ": ") + message;
  }
}
