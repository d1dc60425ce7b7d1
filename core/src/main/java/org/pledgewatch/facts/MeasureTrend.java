package org.pledgewatch.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.MeasureTarget.Direction;

/**
 * How a measure moved for one criterion that asks for it (see {@link
 * org.pledgewatch.model.MeasureTarget}), derived by the engine from the published figures before
 * the rules fire, and kept up to date as figures come and go: "US southwest-border apprehensions
 * are 62% below their January 2024 baseline as of December 2024". Rules turn it into a finding:
 *
 * <pre>{@code
 * rule "shared: a criterion's measure moved as it asks"
 * when
 *     $t : MeasureTrend(reached)
 * then
 *     insertLogical(Finding.satisfied($t.commitment(), $t.criterion(), $t.figures()).because($t.describe()));
 * end
 * }</pre>
 *
 * <p>A series holds, per period, one standing value: an exact figure over one given as approximate,
 * then the strongest source's, then the latest published (a revision replaces the value it
 * revises). The baseline is the declared value, the declared period's value, or the value of the
 * last period that ended before the agreement's date; the latest is the last period after it.
 *
 * @param commitment the commitment
 * @param criterion the criterion that asks for the measure
 * @param measure the measure's id
 * @param party the party whose figures were read, or {@code null}
 * @param direction the direction the criterion asks for
 * @param baseline the baseline, in the measure's unit
 * @param baselinePeriod the period of the baseline, or {@code null} for a declared value
 * @param latest the latest value, in the measure's unit
 * @param latestPeriod its period
 * @param change the change from the baseline as a share of it, to four decimals (-0.62 for 62%
 *     down)
 * @param reached whether the change meets what the criterion asks
 * @param figures the figures read: the baseline's, if the series gave it, then the latest's
 * @param since the day the latest figure occurred
 */
public record MeasureTrend(
    String commitment,
    String criterion,
    String measure,
    String party,
    Direction direction,
    BigDecimal baseline,
    String baselinePeriod,
    BigDecimal latest,
    String latestPeriod,
    BigDecimal change,
    boolean reached,
    List<Evidence> figures,
    LocalDate since) {
  public MeasureTrend {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(change, "change");
    figures = List.copyOf(figures);
  }

  /**
   * One line for explanations: "usbp-apprehensions for US: 47300 (2024-12), 61.92% below the
   * baseline 124220 (2024-01)".
   */
  public String describe() {
    BigDecimal percent = change.abs().movePointRight(2).stripTrailingZeros();
    return measure
        + (party == null ? "" : " for " + party)
        + ": "
        + latest.toPlainString()
        + " ("
        + latestPeriod
        + "), "
        + percent.toPlainString()
        + "% "
        + (change.signum() < 0 ? "below" : change.signum() > 0 ? "above" : "at")
        + " the baseline "
        + baseline.toPlainString()
        + (baselinePeriod == null ? " (declared)" : " (" + baselinePeriod + ")");
  }
}
