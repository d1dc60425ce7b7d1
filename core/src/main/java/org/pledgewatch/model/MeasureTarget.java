package org.pledgewatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a criterion asks of a measure's figures: movement in a direction from a baseline, by at
 * least a share of it, or to a target. The engine reads the series (the latest published value of
 * each period) and derives a {@link org.pledgewatch.facts.MeasureTrend} that rules turn into a
 * finding.
 *
 * @param measure the measure's id, declared in the catalog
 * @param party the party whose figures count, or {@code null} for figures about no party
 * @param direction which way the figures should move
 * @param baselinePeriod the period whose value is the baseline, or {@code null} for the last period
 *     that ended before the agreement's date
 * @param baselineValue a declared baseline in the measure's unit, or {@code null}; given with no
 *     period, it replaces the series' baseline
 * @param change the least change, as a share of the baseline (0.2 for 20%), or {@code null} for any
 *     change in the direction
 * @param target a value to reach or pass in the direction, or {@code null}
 */
public record MeasureTarget(
    String measure,
    String party,
    Direction direction,
    String baselinePeriod,
    BigDecimal baselineValue,
    BigDecimal change,
    BigDecimal target) {

  /** Which way a measure should move. */
  public enum Direction {
    DECREASE,
    INCREASE
  }

  public MeasureTarget {
    Checks.id(measure, "criterion measure");
    Objects.requireNonNull(direction, "measure '" + measure + "': direction must not be null");
    if (baselinePeriod != null) {
      Period.parse(baselinePeriod, "measure '" + measure + "': baseline period");
    }
    if (baselinePeriod != null && baselineValue != null) {
      throw new IllegalArgumentException(
          "measure '" + measure + "': give a baseline period or a baseline value, not both");
    }
    if (change != null && change.signum() < 0) {
      throw new IllegalArgumentException(
          "measure '"
              + measure
              + "': change is a share of the baseline and must not be negative, but was "
              + change);
    }
  }
}
