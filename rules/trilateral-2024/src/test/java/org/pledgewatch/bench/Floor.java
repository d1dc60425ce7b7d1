package org.pledgewatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgewatch.Assessment;
import org.pledgewatch.CriterionResult;
import org.pledgewatch.EvidenceRef;
import org.pledgewatch.Explanation;
import org.pledgewatch.RuleDecision;
import org.pledgewatch.SetAsideItem;
import org.pledgewatch.Status;
import org.pledgewatch.Verdict;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The floor: what the engine computes for a data-driven catalog (the trilateral pack's shared
 * rules: corroboration, criteria as data, set-asides) written by hand as hash joins, down to the
 * explanation a report prints, with its own small implementation of the status table of {@code
 * docs/statuses.md}. It shares no code with the engine's assessment, so {@code
 * FloorAgreesWithEngineTest} checks the engine against an independent reading of the documented
 * rules, and the benchmarks show what the rule engine costs.
 *
 * <p>It covers what the workload needs: every finding is for every party (no rule limits one to a
 * party), so a party's verdict is the commitment's.
 */
public final class Floor {
  static final String BY_KIND = "shared: a criterion's evidence kinds, corroborated";
  static final String CONTRARY = "shared: contrary evidence naming a criterion";
  static final String ANNOUNCED =
      "reports the pledge being made or restated; announcing a pledge is not fulfilling it (rule 'shared: announcing a pledge is not fulfilling it')";
  static final String FIGURE =
      "a reported figure describes the situation; only a criterion that reads its measure counts it (rule 'shared: a figure describes, it does not act')";
  static final String UNCORROBORATED =
      "one uncorroborated report: needs an official or intergovernmental source, or a second independent source"
          + " (rule 'shared: a single uncorroborated report is set aside')";

  private Floor() {}

  public static List<Assessment> evaluate(
      Catalog catalog, List<Evidence> evidence, LocalDate asOf) {
    Map<String, List<Evidence>> ownVisible = new HashMap<>();
    Map<String, List<Evidence>> ownUnpublished = new HashMap<>();
    Map<String, List<Evidence>> byTopic = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.publishedBy(asOf)) {
        ownVisible.computeIfAbsent(e.commitments().get(0), k -> new ArrayList<>()).add(e);
        if (e.stance() == Stance.SUPPORTS && !baseline(catalog, e)) {
          byTopic
              .computeIfAbsent(e.commitments().get(0) + "\0" + e.kind(), k -> new ArrayList<>())
              .add(e);
        }
      } else {
        ownUnpublished.computeIfAbsent(e.commitments().get(0), k -> new ArrayList<>()).add(e);
      }
    }
    List<Assessment> out = new ArrayList<>();
    for (Commitment c : catalog.commitmentsById()) {
      List<Evidence> visible = ownVisible.getOrDefault(c.id(), List.of());
      Map<String, Evidence> cited = new TreeMap<>();
      Set<String> used = new TreeSet<>();
      List<State> states = new ArrayList<>();
      List<CriterionResult> results = new ArrayList<>();
      for (Criterion cr : c.criteria()) {
        List<RuleDecision> decisions = new ArrayList<>();
        // Supporting findings: per kind, one on its official or intergovernmental items if any,
        // else on all its items from two origins or more.
        LocalDate satisfiedOn = null;
        Map<String, Double> supportOrigins = new HashMap<>();
        for (String kind : cr.evidenceKinds()) {
          List<Evidence> items = byTopic.getOrDefault(c.id() + "\0" + kind, List.of());
          List<Evidence> official = items.stream().filter(Floor::official).toList();
          long origins = items.stream().map(Evidence::origin).distinct().count();
          List<Map.Entry<String, List<Evidence>>> bases = new ArrayList<>();
          if (!official.isEmpty()) {
            bases.add(Map.entry("an official or intergovernmental source", official));
          } else if (origins >= 2) {
            bases.add(Map.entry(origins + " independent sources", items));
          }
          for (Map.Entry<String, List<Evidence>> basis : bases) {
            LocalDate since = since(basis.getValue());
            satisfiedOn = satisfiedOn == null || since.isBefore(satisfiedOn) ? since : satisfiedOn;
            basis
                .getValue()
                .forEach(
                    e -> {
                      used.add(e.id());
                      cited.put(e.id(), e);
                      supportOrigins.merge(e.origin(), weight(e), Math::max);
                    });
            decisions.add(
                new RuleDecision(
                    BY_KIND,
                    "supports",
                    null,
                    ids(basis.getValue()),
                    "corroborated by " + basis.getKey()));
          }
        }
        // Contradicting findings: one per contrary item naming the criterion.
        Map<String, Double> contraOrigins = new HashMap<>();
        for (Evidence e : visible) {
          if (e.stance() == Stance.CONTRADICTS
              && cr.id().equals(e.criterion())
              && !cr.evidenceKinds().isEmpty()
              && !baseline(catalog, e)) {
            used.add(e.id());
            cited.put(e.id(), e);
            contraOrigins.merge(e.origin(), weight(e), Math::max);
            decisions.add(new RuleDecision(CONTRARY, "contradicts", null, List.of(e.id()), null));
          }
        }
        decisions.sort(
            Comparator.comparing(RuleDecision::stance)
                .reversed()
                .thenComparing(RuleDecision::rule)
                .thenComparing(d -> String.join(",", d.evidence()))
                .thenComparing(d -> d.note() == null ? "" : d.note()));
        State state =
            new State(
                satisfiedOn,
                !contraOrigins.isEmpty(),
                confidence(supportOrigins),
                confidence(contraOrigins));
        states.add(state);
        results.add(
            new CriterionResult(
                cr.id(),
                cr.description(),
                satisfiedOn != null,
                state.contradicted(),
                satisfiedOn,
                decisions,
                satisfiedOn != null ? null : cr.satisfiedBy()));
      }
      int required = c.combination().requiredOf(c.criteria().size());
      Verdict own = decide(states, required, c.deadline(), asOf);
      Map<String, Verdict> parties = new TreeMap<>();
      c.parties().forEach(p -> parties.put(p, own));

      List<SetAsideItem> setAside = new ArrayList<>();
      for (Evidence e : visible.stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
        if (!used.contains(e.id())) {
          cited.put(e.id(), e);
          setAside.add(new SetAsideItem(e.id(), reason(e, c, catalog, byTopic)));
        }
      }
      for (Evidence e :
          ownUnpublished.getOrDefault(c.id(), List.of()).stream()
              .sorted(Comparator.comparing(Evidence::id))
              .toList()) {
        setAside.add(
            new SetAsideItem(
                e.id(), "published " + e.publishedOn() + ", after the as-of date " + asOf));
      }
      Explanation explanation =
          new Explanation(
              summary(own, c, states, required, asOf),
              results,
              setAside,
              cited.values().stream().map(EvidenceRef::of).toList());
      out.add(
          new Assessment(
              c.id(),
              c.title(),
              new Verdict(own.status(), own.late(), own.metOn(), own.confidence(), parties),
              c.deadline().due(),
              asOf,
              explanation));
    }
    return out;
  }

  private static boolean official(Evidence e) {
    return e.source().type() == SourceType.OFFICIAL
        || e.source().type() == SourceType.INTERGOVERNMENTAL;
  }

  /** Whether the item occurred before its commitment's agreement: a baseline, never delivery. */
  private static boolean baseline(Catalog catalog, Evidence e) {
    Commitment c = catalog.commitment(e.commitments().get(0)).orElseThrow();
    return e.occurredOn().isBefore(catalog.agreement(c.agreement()).orElseThrow().date());
  }

  /**
   * The day a finding holds from: the earliest day by which its items that had occurred include an
   * official or intergovernmental one, or two origins; else the earliest item's day.
   */
  private static LocalDate since(List<Evidence> items) {
    List<Evidence> byDay =
        items.stream().sorted(Comparator.comparing(Evidence::occurredOn)).toList();
    Set<String> origins = new TreeSet<>();
    for (Evidence e : byDay) {
      origins.add(e.origin());
      if (official(e) || origins.size() >= 2) {
        return e.occurredOn();
      }
    }
    return byDay.get(0).occurredOn();
  }

  /** Why the shared rules set an uncounted item aside. */
  private static String reason(
      Evidence e, Commitment c, Catalog catalog, Map<String, List<Evidence>> byTopic) {
    if (baseline(catalog, e)) {
      return "occurred on "
          + e.occurredOn()
          + ", before the agreement of "
          + catalog.agreement(c.agreement()).orElseThrow().date()
          + ": a baseline, never delivery";
    }
    boolean counted = c.criteria().stream().anyMatch(cr -> cr.evidenceKinds().contains(e.kind()));
    if (e.kind().equals("commitment-announced")) {
      return ANNOUNCED;
    }
    if (e.kind().equals("figure-reported")) {
      return FIGURE;
    }
    if (e.stance() == Stance.SUPPORTS && counted) {
      List<Evidence> group = byTopic.get(e.commitments().get(0) + "\0" + e.kind());
      boolean corroborated =
          group.stream().anyMatch(Floor::official)
              || group.stream().map(Evidence::origin).distinct().count() >= 2;
      if (!corroborated) {
        return UNCORROBORATED;
      }
    }
    if (!counted) {
      return "no criterion of this pledge counts evidence of kind '" + e.kind() + "'";
    }
    return "no rule for this pledge counts it (kind '"
        + e.kind()
        + "', "
        + e.stance().jsonName()
        + ", "
        + e.source().type().jsonName()
        + " source '"
        + e.source().publisher()
        + "')";
  }

  private static List<String> ids(List<Evidence> items) {
    return items.stream().map(Evidence::id).sorted().toList();
  }

  private record State(
      LocalDate satisfiedOn, boolean contradicted, double support, double contra) {}

  /** The decision table of docs/statuses.md, written again. */
  private static Verdict decide(
      List<State> states, int required, Deadline deadline, LocalDate asOf) {
    List<State> satisfied =
        states.stream()
            .filter(s -> s.satisfiedOn() != null)
            .sorted(Comparator.comparing(State::satisfiedOn))
            .toList();
    boolean contradicted = states.stream().anyMatch(State::contradicted);
    double contra = states.stream().mapToDouble(State::contra).max().orElse(0);
    if (contradicted) {
      return satisfied.isEmpty()
          ? Verdict.of(Status.NOT_MET, false, null, round(contra))
          : Verdict.of(
              Status.CONTESTED,
              false,
              null,
              round(
                  Math.min(
                      satisfied.stream().mapToDouble(State::support).max().orElse(0), contra)));
    }
    if (satisfied.size() >= required) {
      LocalDate metOn = satisfied.get(required - 1).satisfiedOn();
      double weakest =
          satisfied.subList(0, required).stream().mapToDouble(State::support).min().orElse(0);
      boolean late =
          (deadline.kind() == Deadline.Kind.HARD || deadline.kind() == Deadline.Kind.SOFT)
              && metOn.isAfter(deadline.due());
      return Verdict.of(Status.MET, late, metOn, round(weakest));
    }
    boolean passed = deadline.due() != null && asOf.isAfter(deadline.due());
    if (!satisfied.isEmpty()) {
      double weakest = satisfied.stream().mapToDouble(State::support).min().orElse(0);
      return Verdict.of(
          passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS, false, null, round(weakest));
    }
    return passed
        ? Verdict.of(Status.NOT_MET, false, null, 0.5)
        : Verdict.of(Status.INSUFFICIENT_EVIDENCE, false, null, 0);
  }

  /**
   * The summary line docs/statuses.md's statuses are explained with, for a verdict every party
   * shares.
   */
  private static String summary(
      Verdict v, Commitment c, List<State> states, int required, LocalDate asOf) {
    long satisfied = states.stream().filter(s -> s.satisfiedOn() != null).count();
    String counted =
        satisfied
            + " of "
            + required
            + " required criteria satisfied"
            + (required < c.criteria().size() ? " (" + c.criteria().size() + " in all)" : "");
    String due = c.deadline().due() == null ? "no deadline" : "due " + c.deadline().due();
    List<String> contradicted = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).contradicted()) {
        contradicted.add(c.criteria().get(i).id());
      }
    }
    return switch (v.status()) {
      case MET -> "met on " + v.metOn() + ": " + counted + (v.late() ? "; late, " + due : "");
      case PARTIALLY_MET -> "partially met: " + counted + "; " + due + " has passed";
      case IN_PROGRESS -> "in progress: " + counted + "; " + due;
      case CONTESTED ->
          "contested: evidence contradicts "
              + String.join(", ", contradicted)
              + " while "
              + counted;
      case NOT_MET ->
          contradicted.isEmpty()
              ? "not met: no criterion satisfied and " + due + " has passed (as of " + asOf + ")"
              : "not met: evidence contradicts "
                  + String.join(", ", contradicted)
                  + " and none supports it";
      case INSUFFICIENT_EVIDENCE ->
          "insufficient evidence: "
              + counted
              + "; "
              + due
              + (c.deadline().due() == null ? "" : " has not passed");
    };
  }

  private static double weight(Evidence e) {
    return switch (e.source().type()) {
      case OFFICIAL -> 0.9;
      case INTERGOVERNMENTAL -> 0.85;
      case PRESS, NGO -> 0.6;
      case SELF_REPORT -> 0.5;
    };
  }

  /**
   * 1 - product(1 - weight) over the origins, multiplied in ascending order of weight, capped at
   * 0.99.
   */
  private static double confidence(Map<String, Double> origins) {
    if (origins.isEmpty()) {
      return 0;
    }
    double[] w = origins.values().stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(w);
    double doubt = 1;
    for (double x : w) {
      doubt *= 1 - x;
    }
    return Math.min(0.99, 1 - doubt);
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
