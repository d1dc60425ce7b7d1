package org.pledgewatch;

import java.util.List;

/**
 * Sources that give different numbers for the same measure, period and party: a real disagreement,
 * reported, never averaged. Per-party figures of a joint pledge are not conflicts, a later value
 * from the same origin is a {@link FigureRevision}, and quantities are compared in the measure's
 * declared unit, so that two ways of writing one quantity never conflict.
 *
 * @param measure what is counted
 * @param period the period, or {@code null}
 * @param party the party the figures are about, or {@code null}
 * @param values each distinct value with the items that give it
 */
public record FigureConflict(String measure, String period, String party, List<Value> values) {
  public FigureConflict {
    values = List.copyOf(values);
  }

  /**
   * One of the values.
   *
   * @param quantity the number as given, as text
   * @param unit its unit as given
   * @param evidence the items giving it
   */
  public record Value(String quantity, String unit, List<String> evidence) {
    public Value {
      evidence = List.copyOf(evidence);
    }
  }
}
