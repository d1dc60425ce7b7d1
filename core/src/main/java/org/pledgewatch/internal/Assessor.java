package org.pledgewatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgewatch.Assessment;
import org.pledgewatch.CriterionResult;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.EvidenceRef;
import org.pledgewatch.Explanation;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.RuleDecision;
import org.pledgewatch.SetAsideItem;
import org.pledgewatch.Status;
import org.pledgewatch.facts.Finding;
import org.pledgewatch.facts.SetAside;
import org.pledgewatch.internal.WorkingMemory.Derived;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The generic status rules: turns the findings criterion rules derived, the commitment's
 * combination of criteria and its deadline into a status, a confidence and an explanation. Pure:
 * the same inputs give an equal assessment. The table is documented in {@code docs/statuses.md}.
 */
public final class Assessor {
  private Assessor() {}

  /**
   * Assesses one commitment.
   *
   * @param c the commitment
   * @param asOf the as-of date
   * @param all every item by id: at least those published by the as-of date (others may be present and are never cited)
   * @param ownVisible the visible items whose commitment is {@code c}
   * @param ownUnpublished items for {@code c} published after the as-of date
   * @param findings the findings for {@code c}, with their rules
   * @param setAsides the set-aside facts for {@code c}, with their rules
   */
  public static Assessment assess(
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      List<Evidence> ownVisible,
      List<Evidence> ownUnpublished,
      List<Derived<Finding>> findings,
      List<Derived<SetAside>> setAsides) {
    // The verdict is computed now; the explanation (every item of the commitment, set aside or
    // cited) when first read. Only the items findings cite are looked up in the map of every item:
    // at a million items each lookup there is a cache miss, and a monitor reassesses a commitment
    // on every update.
    Map<String, Evidence> byFinding = new java.util.HashMap<>();
    for (Derived<Finding> d : findings) {
      for (String id : d.fact().evidence()) {
        if (!byFinding.containsKey(id)) {
          Evidence e = all.get(id);
          if (e != null) {
            byFinding.put(id, e);
          }
        }
      }
    }
    check(c, asOf, byFinding, findings);
    List<String> parties = c.parties();
    int required = c.combination().requiredOf(c.criteria().size());

    Map<String, List<CriterionState>> perParty = new LinkedHashMap<>();
    parties.forEach(p -> perParty.put(p, new ArrayList<>()));
    List<CriterionState> overall = new ArrayList<>();
    List<List<Derived<Finding>>> byCriterion = new ArrayList<>();

    for (Criterion criterion : c.criteria()) {
      List<Derived<Finding>> mine = findings.stream().filter(d -> d.fact().criterion().equals(criterion.id())).toList();
      byCriterion.add(mine);
      List<Derived<Finding>> supports = mine.stream().filter(d -> d.fact().stance() == Stance.SUPPORTS).toList();
      List<Derived<Finding>> contras = mine.stream().filter(d -> d.fact().stance() == Stance.CONTRADICTS).toList();
      LocalDate overallOn = null;
      boolean allParties = true;
      for (String party : parties) {
        LocalDate on = earliest(applicable(supports, party), byFinding);
        boolean contradicted = !applicable(contras, party).isEmpty();
        perParty.get(party).add(new CriterionState(on, contradicted, confidence(applicable(supports, party), byFinding), confidence(applicable(contras, party), byFinding)));
        if (on == null) {
          allParties = false;
        } else if (overallOn == null || on.isAfter(overallOn)) {
          overallOn = on;
        }
      }
      LocalDate satisfiedOn = allParties ? overallOn : null;
      overall.add(new CriterionState(satisfiedOn, !contras.isEmpty(), confidence(supports, byFinding), confidence(contras, byFinding)));
    }

    Map<String, Verdict> partyVerdicts = new TreeMap<>();
    perParty.forEach((p, states) -> partyVerdicts.put(p, verdict(states, required, c, asOf)));
    Map<String, Status> byParty = new TreeMap<>();
    partyVerdicts.forEach((p, v) -> byParty.put(p, v.status()));
    Verdict byCriteria = verdict(overall, required, c, asOf);
    Verdict verdict = byCriteria;
    boolean mixed = false;
    if (parties.size() > 1) {
      Status aggregate = aggregate(byParty.values(), c.deadline().passed(asOf));
      if (aggregate != byCriteria.status()) {
        mixed = true;
        LocalDate metOn = aggregate == Status.MET
            ? partyVerdicts.values().stream().map(Verdict::metOn).max(LocalDate::compareTo).orElse(null) : null;
        double confidence = partyVerdicts.values().stream().mapToDouble(Verdict::confidence).min().orElse(0);
        verdict = new Verdict(aggregate, metOn, confidence);
      }
    }

    boolean late = verdict.status() == Status.MET && c.deadline().late(verdict.metOn());
    String summary = mixed ? mixedSummary(verdict, c, byParty, late) : summary(verdict, c, overall, required, late, asOf);
    // The lists the explanation reads are copied now: a monitor's lists change with the next update.
    List<Evidence> own = List.copyOf(ownVisible);
    List<Evidence> later = List.copyOf(ownUnpublished);
    Explanation explanation = Explanation.deferred(
        () -> explain(c, asOf, summary, overall, byCriterion, byFinding, own, later, findings, setAsides));
    return new Assessment(c.id(), c.title(), verdict.status(), late, verdict.metOn(), c.deadline().due(), byParty,
        verdict.confidence(), asOf, explanation);
  }

  private static Explanation explain(Commitment c, LocalDate asOf, String summary, List<CriterionState> overall,
      List<List<Derived<Finding>>> byCriterion, Map<String, Evidence> byFinding, List<Evidence> ownVisible, List<Evidence> ownUnpublished,
      List<Derived<Finding>> findings, List<Derived<SetAside>> setAsides) {
    List<CriterionResult> results = new ArrayList<>();
    TreeSet<String> cited = new TreeSet<>();
    for (int i = 0; i < c.criteria().size(); i++) {
      Criterion criterion = c.criteria().get(i);
      CriterionState state = overall.get(i);
      List<RuleDecision> decisions = byCriterion.get(i).stream()
          .map(d -> new RuleDecision(d.rule(), d.fact().stance().jsonName(), d.fact().party(), d.fact().evidence(), d.fact().note()))
          .sorted(Comparator.comparing(RuleDecision::stance).reversed()
              .thenComparing(RuleDecision::rule)
              .thenComparing(d -> Objects.toString(d.party(), ""))
              .thenComparing(d -> String.join(",", d.evidence()))
              .thenComparing(d -> Objects.toString(d.note(), "")))
          .toList();
      decisions.forEach(d -> cited.addAll(d.evidence()));
      results.add(new CriterionResult(criterion.id(), criterion.description(), state.satisfied(), state.contradicted(), state.satisfiedOn(), decisions,
          state.satisfied() ? null : criterion.satisfiedBy()));
    }

    java.util.Set<String> used = new java.util.HashSet<>();
    findings.forEach(d -> used.addAll(d.fact().evidence()));
    Map<String, List<String>> reasons = new java.util.HashMap<>();
    for (Derived<SetAside> s : setAsides) {
      String why = s.fact().reason() + " (rule '" + s.rule() + "')";
      for (String id : s.fact().evidence()) {
        reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(why);
      }
    }
    Map<String, Evidence> items = new java.util.HashMap<>(byFinding);
    List<SetAsideItem> setAside = new ArrayList<>();
    for (Evidence e : ownVisible.stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      items.put(e.id(), e);
      if (used.contains(e.id())) {
        continue;
      }
      List<String> why = reasons.get(e.id());
      String reason = why != null ? (why.size() == 1 ? why.get(0) : String.join("; ", new TreeSet<>(why)))
          : "no rule for this pledge counts it (kind '" + e.kind() + "', " + e.stance().jsonName()
              + ", " + e.source().type().jsonName() + " source '" + e.source().publisher() + "')";
      setAside.add(new SetAsideItem(e.id(), reason));
      cited.add(e.id());
    }
    for (Evidence e : ownUnpublished.stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      setAside.add(new SetAsideItem(e.id(), "published " + e.publishedOn() + ", after the as-of date " + asOf));
    }
    List<EvidenceRef> refs = cited.stream().map(items::get).filter(Objects::nonNull).map(EvidenceRef::of).toList();
    return new Explanation(summary, results, setAside, refs);
  }

  private static void check(Commitment c, LocalDate asOf, Map<String, Evidence> visible, List<Derived<Finding>> findings) {
    for (Derived<Finding> d : findings) {
      Finding f = d.fact();
      String where = "rule '" + d.rule() + "'";
      if (c.criterion(f.criterion()).isEmpty()) {
        throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where,
            "derived a finding for criterion '" + f.criterion() + "' of commitment '" + c.id() + "', which has only " + c.criteria().stream().map(Criterion::id).toList());
      }
      if (f.party() != null && !c.parties().contains(f.party())) {
        throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where,
            "derived a finding for party '" + f.party() + "', but commitment '" + c.id() + "' binds only " + c.parties());
      }
      for (String id : f.evidence()) {
        Evidence e = visible.get(id);
        if (e == null || !e.publishedBy(asOf)) {
          throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where,
              "derived a finding on evidence '" + id + "', which is not in working memory");
        }
      }
    }
  }

  private static List<Derived<Finding>> applicable(List<Derived<Finding>> findings, String party) {
    return findings.stream().filter(d -> d.fact().party() == null || d.fact().party().equals(party)).toList();
  }

  /** The day a criterion became satisfied: the earliest finding, dated by its latest evidence. */
  private static LocalDate earliest(List<Derived<Finding>> supports, Map<String, Evidence> visible) {
    LocalDate best = null;
    for (Derived<Finding> d : supports) {
      LocalDate on = d.fact().evidence().stream().map(id -> visible.get(id).occurredOn()).max(LocalDate::compareTo).orElseThrow();
      if (best == null || on.isBefore(best)) {
        best = on;
      }
    }
    return best;
  }

  /**
   * How strongly findings rest on evidence: each independent origin counts once, with the weight
   * of its strongest source type; weights combine as independent confirmations.
   */
  static double confidence(List<Derived<Finding>> findings, Map<String, Evidence> visible) {
    Map<String, Double> byOrigin = new TreeMap<>();
    for (Derived<Finding> d : findings) {
      for (String id : d.fact().evidence()) {
        Evidence e = visible.get(id);
        byOrigin.merge(e.origin(), weight(e.source().type()), Math::max);
      }
    }
    double doubt = 1.0;
    for (double w : byOrigin.values()) {
      doubt *= 1 - w;
    }
    return byOrigin.isEmpty() ? 0 : Math.min(0.99, 1 - doubt);
  }

  static double weight(SourceType type) {
    return switch (type) {
      case OFFICIAL -> 0.9;
      case INTERGOVERNMENTAL -> 0.85;
      case NGO, PRESS -> 0.6;
      case SELF_REPORT -> 0.5;
    };
  }

  private record CriterionState(LocalDate satisfiedOn, boolean contradicted, double supportConfidence, double contraConfidence) {
    boolean satisfied() {
      return satisfiedOn != null;
    }
  }

  private record Verdict(Status status, LocalDate metOn, double confidence) {}

  private static Verdict verdict(List<CriterionState> states, int required, Commitment c, LocalDate asOf) {
    List<CriterionState> satisfied = states.stream().filter(CriterionState::satisfied).toList();
    boolean contradicted = states.stream().anyMatch(CriterionState::contradicted);
    double contra = states.stream().mapToDouble(CriterionState::contraConfidence).max().orElse(0);
    if (contradicted && !satisfied.isEmpty()) {
      double support = satisfied.stream().mapToDouble(CriterionState::supportConfidence).max().orElse(0);
      return new Verdict(Status.CONTESTED, null, round(Math.min(support, contra)));
    }
    if (contradicted) {
      return new Verdict(Status.NOT_MET, null, round(contra));
    }
    if (satisfied.size() >= required) {
      List<CriterionState> first = satisfied.stream().sorted(Comparator.comparing(CriterionState::satisfiedOn)).limit(required).toList();
      LocalDate metOn = first.get(first.size() - 1).satisfiedOn();
      double conf = first.stream().mapToDouble(CriterionState::supportConfidence).min().orElse(0);
      return new Verdict(Status.MET, metOn, round(conf));
    }
    boolean passed = c.deadline().passed(asOf);
    if (!satisfied.isEmpty()) {
      double conf = satisfied.stream().mapToDouble(CriterionState::supportConfidence).min().orElse(0);
      return new Verdict(passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS, null, round(conf));
    }
    return passed ? new Verdict(Status.NOT_MET, null, 0.5) : new Verdict(Status.INSUFFICIENT_EVIDENCE, null, 0);
  }

  /**
   * The overall status of a joint pledge from its parties' statuses, as the G7 Research Group
   * derives an overall score from its members': unanimous parties give their status; a contested
   * party makes it contested; otherwise any progress is in progress (partially met once the
   * deadline has passed), and a party's contrary action with no progress anywhere is not met.
   */
  static Status aggregate(java.util.Collection<Status> statuses, boolean deadlinePassed) {
    java.util.Set<Status> distinct = java.util.EnumSet.copyOf(statuses);
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    if (distinct.contains(Status.CONTESTED)) {
      return Status.CONTESTED;
    }
    boolean progress = distinct.contains(Status.MET) || distinct.contains(Status.IN_PROGRESS) || distinct.contains(Status.PARTIALLY_MET);
    if (progress) {
      return deadlinePassed ? Status.PARTIALLY_MET : Status.IN_PROGRESS;
    }
    return Status.NOT_MET;
  }

  private static String mixedSummary(Verdict v, Commitment c, Map<String, Status> byParty, boolean late) {
    String parties = byParty.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().jsonName().replace('-', ' '))
        .collect(java.util.stream.Collectors.joining(", "));
    String due = c.deadline().due() == null ? "no deadline" : "due " + c.deadline().due();
    return v.status().jsonName().replace('-', ' ') + (v.status() == Status.MET ? " on " + v.metOn() : "")
        + ": the parties differ (" + parties + "); " + due + (late ? ", met late" : "");
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static String summary(Verdict v, Commitment c, List<CriterionState> states, int required, boolean late, LocalDate asOf) {
    long satisfied = states.stream().filter(CriterionState::satisfied).count();
    String counted = satisfied + " of " + required + " required criteria satisfied"
        + (required < c.criteria().size() ? " (" + c.criteria().size() + " in all)" : "");
    String due = c.deadline().due() == null ? "no deadline" : "due " + c.deadline().due();
    List<String> contradicted = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).contradicted()) {
        contradicted.add(c.criteria().get(i).id());
      }
    }
    return switch (v.status()) {
      case MET -> "met on " + v.metOn() + ": " + counted + (late ? "; late, " + due : "");
      case PARTIALLY_MET -> "partially met: " + counted + "; " + due + " has passed";
      case IN_PROGRESS -> "in progress: " + counted + "; " + due;
      case CONTESTED -> "contested: evidence contradicts " + String.join(", ", contradicted) + " while " + counted;
      case NOT_MET -> contradicted.isEmpty()
          ? "not met: no criterion satisfied and " + due + " has passed (as of " + asOf + ")"
          : "not met: evidence contradicts " + String.join(", ", contradicted) + " and none supports it";
      case INSUFFICIENT_EVIDENCE -> "insufficient evidence: " + counted + "; " + due + (c.deadline().due() == null ? "" : " has not passed");
    };
  }
}
