package org.pledgewatch;

import java.util.Objects;

/**
 * One thing wrong with an input, and where.
 *
 * @param code what kind of problem
 * @param location where: {@code catalog.json:12:5 $.commitments[3].deadline}, {@code rules/x.drl:6:4},
 *     {@code evidence 'e-17'}; empty when nothing more precise can be known
 * @param message what was expected and what was found
 */
public record Problem(ErrorCode code, String location, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    location = location == null ? "" : location;
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (location.isEmpty() ? "" : location + ": ") + message;
  }
}
