package org.pledgewatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pledgewatch.CriterionResult;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.EvidenceRef;
import org.pledgewatch.Explanation;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.RuleDecision;
import org.pledgewatch.SetAsideItem;
import org.pledgewatch.Status;
import org.pledgewatch.Verdict;
import org.pledgewatch.facts.Finding;
import org.pledgewatch.facts.SetAside;
import org.pledgewatch.internal.StatusRules.CriterionState;
import org.pledgewatch.internal.WorkingMemory.Derived;
import org.pledgewatch.internal.WorkingMemory.Standing;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Stance;

/**
 * Assesses one commitment from what working memory holds for it: reads what the verdict needs of
 * each standing finding's evidence, decides the verdict with {@link StatusRules}, and leaves the
 * explanation to be built when first read.
 *
 * <p><b>The one cache.</b> What the verdict needs of a finding's evidence (its items, the latest
 * day they occurred, their independent origins with their weights) is the finding's {@link
 * Reading}, kept on its {@link Derived} entry while the finding stands: at a million items each
 * lookup in the map of every item is a cache miss, and a monitor reassesses a commitment on every
 * update that touches it, mostly for items no criterion counts. A reading is valid while no item
 * it cites can have left working memory, which one count says: a finding that cites only items of
 * its own commitment is stamped with that commitment's retraction count ({@link
 * Standing#retractions()}), any other with the working memory's ({@link
 * WorkingMemory#retractions()}); a reading whose count has moved since is read again. Nothing else
 * is kept between assessments: verdicts, lists and explanations are computed afresh.
 */
public final class Assessor {
  private Assessor() {}

  /**
   * A commitment's verdict, and its explanation to be built when first asked for.
   *
   * @param verdict the verdict, overall and per party
   * @param explanation builds the explanation; it reads only what was captured at assessment
   */
  public record Assessed(Verdict verdict, Supplier<Explanation> explanation) {}

  /**
   * Assesses one commitment.
   *
   * @param c the commitment
   * @param asOf the as-of date
   * @param all every item in working memory by id (others may be present and are never cited)
   * @param ownVisible the visible items of {@code c}
   * @param ownUnpublished the items of {@code c} published after the as-of date
   * @param standing what the rules derived for {@code c} and still stands, or {@code null} if nothing ever did
   * @param retractions the working memory's retraction count now
   */
  public static Assessed assess(Commitment c, LocalDate asOf, Map<String, Evidence> all, List<Evidence> ownVisible, List<Evidence> ownUnpublished,
      Standing standing, long retractions) {
    List<Derived<Finding>> findings = standing == null ? List.of() : standing.findings();
    List<Derived<SetAside>> setAsides = standing == null ? List.of() : standing.setAsides();
    long own = standing == null ? 0 : standing.retractions();
    Reading[] readings = new Reading[findings.size()];
    for (int i = 0; i < readings.length; i++) {
      readings[i] = reading(findings.get(i), c, asOf, all, own, retractions);
    }

    List<String> parties = c.parties();
    int required = c.combination().requiredOf(c.criteria().size());
    List<List<CriterionState>> perParty = new ArrayList<>(parties.size());
    parties.forEach(p -> perParty.add(new ArrayList<>(c.criteria().size())));
    List<CriterionState> overall = new ArrayList<>(c.criteria().size());
    List<List<Derived<Finding>>> byCriterion = new ArrayList<>(c.criteria().size());
    for (Criterion criterion : c.criteria()) {
      List<Derived<Finding>> mine = new ArrayList<>(2);
      List<Reading> supports = new ArrayList<>(2);
      List<Reading> contras = new ArrayList<>(1);
      for (int i = 0; i < readings.length; i++) {
        Finding f = findings.get(i).fact();
        if (f.criterion().equals(criterion.id())) {
          mine.add(findings.get(i));
          (f.stance() == Stance.SUPPORTS ? supports : contras).add(readings[i]);
        }
      }
      byCriterion.add(mine);
      LocalDate overallOn = null;
      boolean everyParty = true;
      for (int p = 0; p < parties.size(); p++) {
        List<Reading> partySupports = applicable(supports, parties.get(p));
        List<Reading> partyContras = applicable(contras, parties.get(p));
        LocalDate on = earliest(partySupports);
        perParty.get(p).add(new CriterionState(on, !partyContras.isEmpty(), confidence(partySupports), confidence(partyContras)));
        if (on == null) {
          everyParty = false;
        } else if (overallOn == null || on.isAfter(overallOn)) {
          overallOn = on;
        }
      }
      overall.add(new CriterionState(everyParty ? overallOn : null, !contras.isEmpty(), confidence(supports), confidence(contras)));
    }

    Map<String, Verdict> byParty = new TreeMap<>();
    for (int p = 0; p < parties.size(); p++) {
      byParty.put(parties.get(p), StatusRules.decide(perParty.get(p), required, c.deadline(), asOf));
    }
    Verdict byCriteria = StatusRules.decide(overall, required, c.deadline(), asOf);
    Verdict verdict = StatusRules.joint(byCriteria, byParty, c.deadline(), asOf);
    boolean mixed = StatusRules.mixed(byCriteria, verdict);

    // The explanation reads these when first asked for; a monitor's lists change with its next update, so they are copied now.
    List<Evidence> visible = List.copyOf(ownVisible);
    List<Evidence> unpublished = List.copyOf(ownUnpublished);
    List<Derived<SetAside>> asides = List.copyOf(setAsides);
    Supplier<Explanation> explanation = () -> {
      String summary = mixed ? mixedSummary(verdict, c) : summary(verdict, c, overall, required, asOf);
      return explain(c, asOf, summary, overall, byCriterion, readings, visible, unpublished, findings, asides);
    };
    return new Assessed(verdict, explanation);
  }

  /**
   * What the verdict reads of one finding's evidence, or checks a finding's evidence and its
   * commitment's criterion and parties. Immutable.
   *
   * @param stamp the retraction count it was read under: its commitment's if {@code own}, else the working memory's
   * @param own whether every item it cites is one of its commitment's own
   * @param items the finding's evidence, in the order of its ids
   * @param latest the latest day an item occurred: the day the finding holds from
   * @param origins the distinct origins of the items, each with the weight of its strongest source type
   * @param confidence the finding's confidence on its own
   */
  record Reading(long stamp, boolean own, Evidence[] items, LocalDate latest, Map<String, Double> origins, double confidence, String party) {
    boolean validAt(long ownRetractions, long retractions) {
      return stamp == (own ? ownRetractions : retractions);
    }
  }

  private static Reading reading(Derived<Finding> d, Commitment c, LocalDate asOf, Map<String, Evidence> all, long ownRetractions, long retractions) {
    Reading r = d.reading;
    if (r != null && r.validAt(ownRetractions, retractions)) {
      return r;
    }
    r = read(d, c, asOf, all, ownRetractions, retractions);
    d.reading = r;
    return r;
  }

  private static Reading read(Derived<Finding> d, Commitment c, LocalDate asOf, Map<String, Evidence> all, long ownRetractions, long retractions) {
    Finding f = d.fact();
    Location where = Location.rule(d.rule());
    if (c.criterion(f.criterion()).isEmpty()) {
      throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where, "derived a finding for criterion '" + f.criterion() + "' of commitment '" + c.id()
          + "', which has only " + c.criteria().stream().map(Criterion::id).toList());
    }
    if (f.party() != null && !c.parties().contains(f.party())) {
      throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where,
          "derived a finding for party '" + f.party() + "', but commitment '" + c.id() + "' binds only " + c.parties());
    }
    List<String> ids = f.evidence();
    Evidence[] items = new Evidence[ids.size()];
    LocalDate latest = null;
    boolean own = true;
    Map<String, Double> origins = new HashMap<>(4);
    for (int i = 0; i < items.length; i++) {
      Evidence e = all.get(ids.get(i));
      if (e == null || !e.publishedBy(asOf)) {
        throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where, "derived a finding on evidence '" + ids.get(i) + "', which is not in working memory");
      }
      items[i] = e;
      if (latest == null || e.occurredOn().isAfter(latest)) {
        latest = e.occurredOn();
      }
      own &= e.commitment().equals(c.id());
      origins.merge(e.origin(), StatusRules.weight(e.source().type()), Math::max);
    }
    return new Reading(own ? ownRetractions : retractions, own, items, latest, origins, StatusRules.combine(weights(origins)), f.party());
  }

  private static double[] weights(Map<String, Double> origins) {
    return origins.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The readings among these that apply to a party: those of findings with no party, or with that one. */
  private static List<Reading> applicable(List<Reading> readings, String party) {
    for (Reading r : readings) {
      if (r.party() != null && !r.party().equals(party)) {
        return readings.stream().filter(x -> x.party() == null || x.party().equals(party)).toList();
      }
    }
    return readings;
  }

  /** The day a criterion became satisfied: the earliest finding, dated by its latest evidence. */
  private static LocalDate earliest(List<Reading> supports) {
    LocalDate best = null;
    for (Reading r : supports) {
      if (best == null || r.latest().isBefore(best)) {
        best = r.latest();
      }
    }
    return best;
  }

  /**
   * How strongly findings rest on evidence: each independent origin counts once, with the weight
   * of its strongest source type; weights combine as independent confirmations.
   */
  private static double confidence(List<Reading> readings) {
    if (readings.size() <= 1) {
      return readings.isEmpty() ? 0 : readings.get(0).confidence();
    }
    Map<String, Double> merged = new HashMap<>();
    readings.forEach(r -> r.origins().forEach((origin, w) -> merged.merge(origin, w, Math::max)));
    return StatusRules.combine(weights(merged));
  }

  private static Explanation explain(Commitment c, LocalDate asOf, String summary, List<CriterionState> overall, List<List<Derived<Finding>>> byCriterion,
      Reading[] readings, List<Evidence> ownVisible, List<Evidence> ownUnpublished, List<Derived<Finding>> findings, List<Derived<SetAside>> setAsides) {
    Map<String, Evidence> items = new HashMap<>();
    for (Reading r : readings) {
      for (Evidence e : r.items()) {
        items.put(e.id(), e);
      }
    }
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

    Set<String> used = new HashSet<>();
    findings.forEach(d -> used.addAll(d.fact().evidence()));
    Map<String, List<String>> reasons = new HashMap<>();
    for (Derived<SetAside> s : setAsides) {
      String why = s.fact().reason() + " (rule '" + s.rule() + "')";
      for (String id : s.fact().evidence()) {
        reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(why);
      }
    }
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

  private static String mixedSummary(Verdict v, Commitment c) {
    String parties = v.byParty().entrySet().stream()
        .map(e -> e.getKey() + " " + label(e.getValue().status()))
        .collect(Collectors.joining(", "));
    return label(v.status()) + (v.status() == Status.MET ? " on " + v.metOn() : "") + ": the parties differ (" + parties + "); " + due(c)
        + (v.late() ? ", met late" : "");
  }

  private static String summary(Verdict v, Commitment c, List<CriterionState> states, int required, LocalDate asOf) {
    long satisfied = states.stream().filter(CriterionState::satisfied).count();
    String counted = satisfied + " of " + required + " required criteria satisfied"
        + (required < c.criteria().size() ? " (" + c.criteria().size() + " in all)" : "");
    List<String> contradicted = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).contradicted()) {
        contradicted.add(c.criteria().get(i).id());
      }
    }
    return switch (v.status()) {
      case MET -> "met on " + v.metOn() + ": " + counted + (v.late() ? "; late, " + due(c) : "");
      case PARTIALLY_MET -> "partially met: " + counted + "; " + due(c) + " has passed";
      case IN_PROGRESS -> "in progress: " + counted + "; " + due(c);
      case CONTESTED -> "contested: evidence contradicts " + String.join(", ", contradicted) + " while " + counted;
      case NOT_MET -> contradicted.isEmpty()
          ? "not met: no criterion satisfied and " + due(c) + " has passed (as of " + asOf + ")"
          : "not met: evidence contradicts " + String.join(", ", contradicted) + " and none supports it";
      case INSUFFICIENT_EVIDENCE -> "insufficient evidence: " + counted + "; " + due(c) + (c.deadline().due() == null ? "" : " has not passed");
    };
  }

  private static String due(Commitment c) {
    return c.deadline().due() == null ? "no deadline" : "due " + c.deadline().due();
  }

  private static String label(Status s) {
    return s.jsonName().replace('-', ' ');
  }
}
