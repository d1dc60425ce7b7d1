package org.pledgewatch;

import java.util.List;

/**
 * Sources that give different numbers for the same measure and period. Conflicts are reported,
 * never averaged.
 *
 * @param measure what is counted
 * @param period the period, or {@code null}
 * @param values each distinct value with the items that give it
 */
public record FigureConflict(String measure, String period, List<Value> values) {
  public FigureConflict {
    values = List.copyOf(values);
  }

  /**
   * One of the conflicting values.
   *
   * @param quantity the number as text, as given
   * @param unit its unit
   * @param evidence the items giving it
   */
  public record Value(String quantity, String unit, List<String> evidence) {
    public Value {
      evidence = List.copyOf(evidence);
    }
  }
}
