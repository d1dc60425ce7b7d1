package org.pledgewatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * rules: corroboration, criteria as data, set-asides), written by hand as hash joins, with its own
 * small implementation of the status table of {@code docs/statuses.md}. It shares no code with the
 * engine's assessment, so {@code FloorAgreesWithEngineTest} checks the engine against an
 * independent reading of the documented rules, and the benchmarks show what the rule engine costs.
 *
 * <p>It covers what the workload needs: findings for every party (no rule limits one to a party),
 * so a party's verdict is the commitment's.
 */
public final class Floor {
  private Floor() {}

  /**
   * One commitment's verdict and what its explanation lists.
   *
   * @param commitment the commitment's id
   * @param verdict the verdict, with every party's
   * @param cited the ids the explanation cites
   * @param setAside the ids the explanation sets aside
   */
  public record Result(String commitment, Verdict verdict, SortedSet<String> cited, SortedSet<String> setAside) {
    /** What the engine's assessment says, in the same terms. */
    static Result of(org.pledgewatch.Assessment a) {
      SortedSet<String> cited = new TreeSet<>();
      a.explanation().evidence().forEach(r -> cited.add(r.id()));
      SortedSet<String> setAside = new TreeSet<>();
      a.explanation().setAside().forEach(s -> setAside.add(s.evidence()));
      return new Result(a.commitment(), a.verdict(), cited, setAside);
    }
  }

  public static List<Result> evaluate(Catalog catalog, List<Evidence> evidence, LocalDate asOf) {
    Map<String, List<Evidence>> ownVisible = new HashMap<>();
    Map<String, List<Evidence>> ownUnpublished = new HashMap<>();
    Map<String, List<Evidence>> byTopic = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.publishedBy(asOf)) {
        ownVisible.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
        if (e.stance() == Stance.SUPPORTS) {
          byTopic.computeIfAbsent(e.commitment() + "\0" + e.kind(), k -> new ArrayList<>()).add(e);
        }
      } else {
        ownUnpublished.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Result> out = new ArrayList<>();
    for (Commitment c : catalog.commitmentsById()) {
      List<Evidence> visible = ownVisible.getOrDefault(c.id(), List.of());
      SortedSet<String> used = new TreeSet<>();
      List<State> states = new ArrayList<>();
      for (Criterion cr : c.criteria()) {
        // Supporting findings: per kind, one resting on its official or intergovernmental items, one on all its items if two origins or more.
        LocalDate satisfiedOn = null;
        Map<String, Double> supportOrigins = new HashMap<>();
        for (String kind : cr.evidenceKinds()) {
          List<Evidence> items = byTopic.getOrDefault(c.id() + "\0" + kind, List.of());
          List<Evidence> official = items.stream().filter(e -> e.source().type() == SourceType.OFFICIAL || e.source().type() == SourceType.INTERGOVERNMENTAL).toList();
          long origins = items.stream().map(Evidence::origin).distinct().count();
          for (List<Evidence> basis : origins >= 2 ? List.of(official, items) : List.of(official)) {
            if (basis.isEmpty()) {
              continue;
            }
            LocalDate latest = basis.stream().map(Evidence::occurredOn).max(LocalDate::compareTo).orElseThrow();
            satisfiedOn = satisfiedOn == null || latest.isBefore(satisfiedOn) ? latest : satisfiedOn;
            basis.forEach(e -> {
              used.add(e.id());
              supportOrigins.merge(e.origin(), weight(e), Math::max);
            });
          }
        }
        // Contradicting findings: one per contrary item naming the criterion.
        Map<String, Double> contraOrigins = new HashMap<>();
        for (Evidence e : visible) {
          if (e.stance() == Stance.CONTRADICTS && cr.id().equals(e.criterion()) && !cr.evidenceKinds().isEmpty()) {
            used.add(e.id());
            contraOrigins.merge(e.origin(), weight(e), Math::max);
          }
        }
        states.add(new State(satisfiedOn, !contraOrigins.isEmpty(), confidence(supportOrigins), confidence(contraOrigins)));
      }
      Verdict own = decide(states, c.combination().requiredOf(c.criteria().size()), c.deadline(), asOf);
      Map<String, Verdict> parties = new TreeMap<>();
      c.parties().forEach(p -> parties.put(p, own));
      SortedSet<String> cited = new TreeSet<>(used);
      SortedSet<String> setAside = new TreeSet<>();
      for (Evidence e : visible) {
        cited.add(e.id());
        if (!used.contains(e.id())) {
          setAside.add(e.id());
        }
      }
      ownUnpublished.getOrDefault(c.id(), List.of()).forEach(e -> setAside.add(e.id()));
      out.add(new Result(c.id(), new Verdict(own.status(), own.late(), own.metOn(), own.confidence(), parties), cited, setAside));
    }
    return out;
  }

  private record State(LocalDate satisfiedOn, boolean contradicted, double support, double contra) {}

  /** The decision table of docs/statuses.md, written again. */
  private static Verdict decide(List<State> states, int required, Deadline deadline, LocalDate asOf) {
    List<State> satisfied = states.stream().filter(s -> s.satisfiedOn() != null).sorted((a, b) -> a.satisfiedOn().compareTo(b.satisfiedOn())).toList();
    boolean contradicted = states.stream().anyMatch(State::contradicted);
    double contra = states.stream().mapToDouble(State::contra).max().orElse(0);
    if (contradicted) {
      return satisfied.isEmpty()
          ? Verdict.of(Status.NOT_MET, false, null, round(contra))
          : Verdict.of(Status.CONTESTED, false, null, round(Math.min(satisfied.stream().mapToDouble(State::support).max().orElse(0), contra)));
    }
    if (satisfied.size() >= required) {
      LocalDate metOn = satisfied.get(required - 1).satisfiedOn();
      double weakest = satisfied.subList(0, required).stream().mapToDouble(State::support).min().orElse(0);
      boolean late = (deadline.kind() == Deadline.Kind.HARD || deadline.kind() == Deadline.Kind.SOFT) && metOn.isAfter(deadline.due());
      return Verdict.of(Status.MET, late, metOn, round(weakest));
    }
    boolean passed = deadline.due() != null && asOf.isAfter(deadline.due());
    if (!satisfied.isEmpty()) {
      double weakest = satisfied.stream().mapToDouble(State::support).min().orElse(0);
      return Verdict.of(passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS, false, null, round(weakest));
    }
    return passed ? Verdict.of(Status.NOT_MET, false, null, 0.5) : Verdict.of(Status.INSUFFICIENT_EVIDENCE, false, null, 0);
  }

  private static double weight(Evidence e) {
    return switch (e.source().type()) {
      case OFFICIAL -> 0.9;
      case INTERGOVERNMENTAL -> 0.85;
      case PRESS, NGO -> 0.6;
      case SELF_REPORT -> 0.5;
    };
  }

  /** 1 - product(1 - weight) over the origins, multiplied in ascending order of weight, capped at 0.99. */
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
