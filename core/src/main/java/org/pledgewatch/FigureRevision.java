package org.pledgewatch;

import java.util.List;

/**
 * One origin revising its own figure: the same measure, period and party given again, later, with
 * another value, by the same source chain or the same official publisher (an agency's successive
 * releases). The latest value stands; the earlier ones are listed here, not as conflicts.
 *
 * @param measure what is counted
 * @param period the period, or {@code null}
 * @param party the party the figures are about, or {@code null}
 * @param origin the publisher or origin source that revised it
 * @param values the values in the order they were published, the standing one last
 */
public record FigureRevision(
    String measure, String period, String party, String origin, List<FigureConflict.Value> values) {
  public FigureRevision {
    values = List.copyOf(values);
  }
}
