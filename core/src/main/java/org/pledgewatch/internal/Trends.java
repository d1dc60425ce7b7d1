package org.pledgewatch.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pledgewatch.facts.MeasureTrend;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Measure;
import org.pledgewatch.model.MeasureTarget;
import org.pledgewatch.model.Period;

/**
 * Reads a measure's series for one criterion that asks for it: per period the standing value (an
 * exact figure over an approximate one, then the strongest source's, then the latest published),
 * the baseline, the latest period after the agreement, and whether the change meets the criterion.
 * Pure.
 */
final class Trends {
  private Trends() {}

  /** The trend, or {@code null} if the series has no baseline or no value after it. */
  static MeasureTrend trend(
      String commitment,
      Criterion criterion,
      Measure measure,
      LocalDate agreementDate,
      List<Evidence> figures) {
    MeasureTarget t = criterion.measure();
    int fyEnd = measure.fiscalYearEndMonth();
    // The standing value of each period of the measure's kind, ordered by the period's end.
    Map<LocalDate, Evidence> byEnd = new TreeMap<>();
    Map<LocalDate, Period> periods = new TreeMap<>();
    for (Evidence e : figures) {
      if (e.figure().period() == null) {
        continue;
      }
      Period p = Period.parse(e.figure().period(), "figure period");
      if (p.kind() != measure.periods()) {
        continue;
      }
      LocalDate end = p.end(fyEnd);
      Evidence known = byEnd.get(end);
      if (known == null || STANDING.compare(e, known) > 0) {
        byEnd.put(end, e);
        periods.put(end, p);
      }
    }
    BigDecimal baseline;
    String baselinePeriod;
    Evidence baselineItem = null;
    LocalDate baselineEnd;
    if (t.baselineValue() != null) {
      baseline = t.baselineValue();
      baselinePeriod = null;
      baselineEnd = agreementDate.minusDays(1);
    } else {
      LocalDate end = null;
      if (t.baselinePeriod() != null) {
        end = Period.parse(t.baselinePeriod(), "baseline period").end(fyEnd);
        if (!byEnd.containsKey(end)) {
          return null;
        }
      } else {
        for (LocalDate candidate : byEnd.keySet()) {
          if (candidate.isBefore(agreementDate)) {
            end = candidate;
          }
        }
        if (end == null) {
          return null;
        }
      }
      baselineItem = byEnd.get(end);
      baseline = value(baselineItem, measure);
      baselinePeriod = periods.get(end).text();
      baselineEnd = end;
    }
    LocalDate latestEnd = null;
    for (LocalDate candidate : byEnd.keySet()) {
      if (candidate.isAfter(baselineEnd) && !candidate.isBefore(agreementDate)) {
        latestEnd = candidate;
      }
    }
    if (latestEnd == null) {
      return null;
    }
    Evidence latestItem = byEnd.get(latestEnd);
    BigDecimal latest = value(latestItem, measure);
    BigDecimal change =
        baseline.signum() == 0
            ? BigDecimal.ZERO
            : latest.subtract(baseline).divide(baseline.abs(), 4, RoundingMode.HALF_EVEN);
    boolean inDirection =
        t.direction() == MeasureTarget.Direction.DECREASE
            ? change.signum() < 0
            : change.signum() > 0;
    boolean reached =
        baseline.signum() != 0
            && inDirection
            && (t.change() == null || change.abs().compareTo(t.change()) >= 0);
    if (t.target() != null) {
      boolean atTarget =
          t.direction() == MeasureTarget.Direction.DECREASE
              ? latest.compareTo(t.target()) <= 0
              : latest.compareTo(t.target()) >= 0;
      reached = t.change() == null ? atTarget : reached && atTarget;
    }
    List<Evidence> read = new ArrayList<>(2);
    if (baselineItem != null) {
      read.add(baselineItem);
    }
    read.add(latestItem);
    return new MeasureTrend(
        commitment,
        criterion.id(),
        measure.id(),
        t.party(),
        t.direction(),
        baseline,
        baselinePeriod,
        latest,
        periods.get(latestEnd).text(),
        change,
        reached,
        read,
        latestItem.occurredOn());
  }

  /**
   * Of two values for one period, the one that stands: an exact one over one given as approximate,
   * then the stronger source, then the later published (a revision), then the smaller id.
   */
  private static final Comparator<Evidence> STANDING =
      Comparator.comparing((Evidence e) -> !e.tagged(Figures.APPROXIMATE))
          .thenComparingDouble(e -> StatusRules.weight(e.source().type()))
          .thenComparing(Evidence::publishedOn)
          .thenComparing(Evidence::id, Comparator.reverseOrder());

  private static BigDecimal value(Evidence e, Measure m) {
    return Figures.normalised(e, m);
  }
}
