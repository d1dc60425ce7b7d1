package org.pledgewatch.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.Status;
import org.pledgewatch.Verdict;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.SourceType;

/**
 * The generic status rules of {@code docs/statuses.md}, as pure functions: the decision table that
 * turns criterion states into a verdict, the aggregation of a joint pledge's parties, and
 * confidence. No state, no caching, no Drools: {@code StatusTableTest} walks the documented table
 * row by row against these.
 */
final class StatusRules {
  private StatusRules() {}

  /**
   * One criterion as of the evaluation date, overall or for one party.
   *
   * @param satisfiedOn the day it became satisfied, or {@code null} if it is not
   * @param contradicted whether a contradicting finding stands
   * @param support the confidence of the supporting findings (0 if none)
   * @param contra the confidence of the contradicting findings (0 if none)
   * @param full whether satisfying it counts toward met, or only toward partial compliance
   */
  record CriterionState(
      LocalDate satisfiedOn, boolean contradicted, double support, double contra, boolean full) {
    boolean satisfied() {
      return satisfiedOn != null;
    }
  }

  /**
   * The decision table: the verdict these criterion states give, with no parties of its own. {@code
   * required} counts criteria of full credit; a partial-credit criterion counts as progress only.
   */
  static Verdict decide(
      List<CriterionState> states, int required, Deadline deadline, LocalDate asOf) {
    int satisfied = 0;
    int satisfiedFull = 0;
    boolean contradicted = false;
    double contra = 0;
    double support = 0;
    double weakestSupport = 1;
    for (CriterionState s : states) {
      contradicted |= s.contradicted();
      contra = Math.max(contra, s.contra());
      if (s.satisfied()) {
        satisfied++;
        satisfiedFull += s.full() ? 1 : 0;
        support = Math.max(support, s.support());
        weakestSupport = Math.min(weakestSupport, s.support());
      }
    }
    if (contradicted && satisfied > 0) {
      return Verdict.of(Status.CONTESTED, false, null, round(Math.min(support, contra)));
    }
    if (contradicted) {
      return Verdict.of(Status.NOT_MET, false, null, round(contra));
    }
    if (satisfiedFull >= required) {
      // Met on the day the required number of criteria of full credit first stood satisfied, with
      // the confidence of the weakest of those.
      CriterionState[] first =
          states.stream().filter(s -> s.satisfied() && s.full()).toArray(CriterionState[]::new);
      Arrays.sort(first, (a, b) -> a.satisfiedOn().compareTo(b.satisfiedOn()));
      double confidence = 1;
      for (int i = 0; i < required; i++) {
        confidence = Math.min(confidence, first[i].support());
      }
      LocalDate metOn = first[required - 1].satisfiedOn();
      return Verdict.of(Status.MET, deadline.late(metOn), metOn, round(confidence));
    }
    boolean passed = deadline.passed(asOf);
    if (satisfied > 0) {
      return Verdict.of(
          passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS, false, null, round(weakestSupport));
    }
    return passed
        ? Verdict.of(Status.NOT_MET, false, null, 0.5)
        : Verdict.of(Status.INSUFFICIENT_EVIDENCE, false, null, 0);
  }

  /**
   * A joint pledge's verdict: the one its criteria give overall, unless the parties' statuses
   * aggregate to another status; then that status, met on the latest party's date, with the lowest
   * party's confidence.
   */
  static Verdict joint(
      Verdict byCriteria, Map<String, Verdict> parties, Deadline deadline, LocalDate asOf) {
    Verdict overall = byCriteria;
    if (parties.size() > 1) {
      Status aggregate =
          aggregate(parties.values().stream().map(Verdict::status).toList(), deadline.passed(asOf));
      if (aggregate != byCriteria.status()) {
        LocalDate metOn =
            aggregate == Status.MET
                ? parties.values().stream()
                    .map(Verdict::metOn)
                    .max(LocalDate::compareTo)
                    .orElse(null)
                : null;
        double confidence =
            parties.values().stream().mapToDouble(Verdict::confidence).min().orElse(0);
        overall = Verdict.of(aggregate, metOn != null && deadline.late(metOn), metOn, confidence);
      }
    }
    return new Verdict(
        overall.status(), overall.late(), overall.metOn(), overall.confidence(), parties);
  }

  /**
   * Whether the parties' statuses differ from the status the criteria give overall, so that the
   * summary names them.
   */
  static boolean mixed(Verdict byCriteria, Verdict joint) {
    return joint.status() != byCriteria.status();
  }

  /**
   * The overall status of a joint pledge from its parties' statuses, as the G7 Research Group
   * derives an overall score from its members': unanimous parties give their status; a contested
   * party makes it contested; otherwise any progress is in progress (partially met once the
   * deadline has passed), and a party's contrary action with no progress anywhere is not met.
   */
  static Status aggregate(Collection<Status> statuses, boolean deadlinePassed) {
    Set<Status> distinct = EnumSet.copyOf(statuses);
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    if (distinct.contains(Status.CONTESTED)) {
      return Status.CONTESTED;
    }
    boolean progress =
        distinct.contains(Status.MET)
            || distinct.contains(Status.IN_PROGRESS)
            || distinct.contains(Status.PARTIALLY_MET);
    if (progress) {
      return deadlinePassed ? Status.PARTIALLY_MET : Status.IN_PROGRESS;
    }
    return Status.NOT_MET;
  }

  /** The weight of one source type as a confirmation. */
  static double weight(SourceType type) {
    return switch (type) {
      case OFFICIAL -> 0.9;
      case INTERGOVERNMENTAL -> 0.85;
      case NGO, PRESS -> 0.6;
      case SELF_REPORT -> 0.5;
    };
  }

  /**
   * Weights, one per independent origin, combined as independent confirmations, {@code 1 -
   * product(1 - w)}, capped at 0.99; 0 for none. Multiplied in ascending order, so the result does
   * not depend on the order the origins were seen in.
   */
  static double combine(double[] weights) {
    if (weights.length == 0) {
      return 0;
    }
    double[] ordered = weights.clone();
    Arrays.sort(ordered);
    double doubt = 1.0;
    for (double w : ordered) {
      doubt *= 1 - w;
    }
    return Math.min(0.99, 1 - doubt);
  }

  static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
