package org.pledgewatch;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the library throws for bad input, bad rules or a failed evaluation. It carries
 * a stable {@link #code()} and every {@link Problem} found, each with its location, so that a host
 * can show all of them at once.
 */
public class PledgewatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<Problem> problems;

  public PledgewatchException(ErrorCode code, List<Problem> problems) {
    this(code, problems, null);
  }

  public PledgewatchException(ErrorCode code, List<Problem> problems, Throwable cause) {
    super(format(code, problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PledgewatchException needs at least one problem");
    }
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public static PledgewatchException of(ErrorCode code, Location location, String message) {
    return new PledgewatchException(code, List.of(new Problem(code, location, message)));
  }

  public ErrorCode code() {
    return code;
  }

  /** Every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(ErrorCode code, List<Problem> problems) {
    if (problems.size() == 1) {
      return code.code() + ": " + problems.get(0);
    }
    return code.code()
        + ": "
        + problems.size()
        + " problems\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
