package org.pledgewatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
   * @param generation changes whenever an item may have left {@code all} (see {@link WorkingMemory#generation()}): what
   *     was read of a finding's evidence under one generation is reused under the same one; 0 where nothing is retracted
   * @param ownGeneration changes whenever an item of {@code c} may have left {@code all} (see {@link
   *     WorkingMemory.Standing#generation()}): what was read of a finding that cites only items of {@code c} is also reused
   *     under the same one, so that a retraction elsewhere does not send every commitment back to the map of all items
   */
  public static Assessment assess(
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      List<Evidence> ownVisible,
      List<Evidence> ownUnpublished,
      List<Derived<Finding>> findings,
      List<Derived<SetAside>> setAsides,
      long generation,
      long ownGeneration) {
    return assess(c, asOf, all, ownVisible, ownUnpublished, findings, setAsides, generation, ownGeneration, null);
  }

  /**
   * Assesses one commitment from what a working memory derived for it, as {@link #assess(Commitment,
   * LocalDate, Map, List, List, List, List, long, long)} does; the verdict computed from the same
   * readings of the same findings at its previous assessment is reused (an item that changes no
   * finding changes no verdict), so only the explanation's lists are taken afresh.
   *
   * @param standing what stands for {@code c}, or null if nothing ever did
   */
  public static Assessment assess(Commitment c, LocalDate asOf, Map<String, Evidence> all, List<Evidence> ownVisible, List<Evidence> ownUnpublished,
      WorkingMemory.Standing standing, long generation) {
    if (standing == null) {
      return assess(c, asOf, all, ownVisible, ownUnpublished, List.of(), List.of(), generation, 0, null);
    }
    if (standing.verdicts instanceof Verdicts kept && kept.stillHold(c, asOf, standing, generation)) {
      // No finding came or went and none of their readings can have changed: most updates concern
      // evidence no criterion counts, and this reads none of the commitment's findings.
      return assessment(c, asOf, ownVisible, ownUnpublished, kept.findings, standing.setAsides(), kept.facts, kept);
    }
    return assess(c, asOf, all, ownVisible, ownUnpublished, standing.findings(), standing.setAsides(), generation, standing.generation(), standing);
  }

  private static Assessment assess(
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      List<Evidence> ownVisible,
      List<Evidence> ownUnpublished,
      List<Derived<Finding>> findings,
      List<Derived<SetAside>> setAsides,
      long generation,
      long ownGeneration,
      WorkingMemory.Standing standing) {
    // The verdict is computed now; the explanation (every item of the commitment, set aside or
    // cited) when first read. What the verdict needs of a finding's evidence (its latest date, its
    // origins and their weights) is read once per finding and kept with it while it stands: at a
    // million items each lookup in the map of every item is a cache miss, and a monitor reassesses
    // a commitment on every update.
    int n = findings.size();
    FindingFacts[] facts = new FindingFacts[n];
    for (int i = 0; i < n; i++) {
      facts[i] = factsOf(findings.get(i), c, asOf, all, generation, ownGeneration);
    }
    Verdicts verdicts = standing != null && standing.verdicts instanceof Verdicts v && v.readFrom(c, asOf, findings, facts) ? v : null;
    if (verdicts == null) {
      verdicts = verdicts(c, asOf, findings, facts, standing == null ? -1 : standing.version(), generation, ownGeneration);
      if (standing != null) {
        standing.verdicts = verdicts;
      }
    }
    return assessment(c, asOf, ownVisible, ownUnpublished, findings, setAsides, facts, verdicts);
  }

  /** The assessment these verdicts give, with its explanation to be built from these findings when first read. */
  private static Assessment assessment(Commitment c, LocalDate asOf, List<Evidence> ownVisible, List<Evidence> ownUnpublished,
      List<Derived<Finding>> findings, List<Derived<SetAside>> setAsides, FindingFacts[] facts, Verdicts verdicts) {
    Verdict v = verdicts.verdict;
    boolean late = verdicts.late;
    boolean isMixed = verdicts.mixed;
    Map<String, Status> byParty = verdicts.byParty;
    List<CriterionState> overall = verdicts.overall;
    List<List<Derived<Finding>>> byCriterion = verdicts.byCriterion;
    int required = verdicts.required;
    // The lists the explanation reads are copied now, unless they are snapshots: a monitor's lists
    // change with the next update. A finding's evidence is kept in its facts, which never change.
    List<Evidence> own = SnapshotList.isSnapshot(ownVisible) ? ownVisible : List.copyOf(ownVisible);
    List<Evidence> later = SnapshotList.isSnapshot(ownUnpublished) ? ownUnpublished : List.copyOf(ownUnpublished);
    Explanation explanation = Explanation.deferred(() -> {
      String summary = isMixed ? mixedSummary(v, c, byParty, late) : summary(v, c, overall, required, late, asOf);
      Map<String, Evidence> byFinding = new java.util.HashMap<>();
      for (FindingFacts f : facts) {
        for (Evidence e : f.items) {
          byFinding.put(e.id(), e);
        }
      }
      return explain(c, asOf, summary, overall, byCriterion, byFinding, own, later, findings, setAsides);
    });
    return new Assessment(c.id(), c.title(), v.status(), late, v.metOn(), c.deadline().due(), byParty,
        v.confidence(), asOf, explanation);
  }

  /**
   * What a commitment's verdict is computed from (its standing findings and their readings, in
   * order) and what was computed: immutable, kept with the commitment's {@link
   * WorkingMemory.Standing} until the next assessment.
   */
  private record Verdicts(Commitment commitment, LocalDate asOf, List<Derived<Finding>> findings, FindingFacts[] facts, int required,
      List<CriterionState> overall, List<List<Derived<Finding>>> byCriterion, Map<String, Status> byParty, Verdict verdict, boolean mixed,
      boolean late, long version, long generation, long ownGeneration, boolean allOwn) {
    /**
     * Whether these still hold without looking at the findings: the standing's findings are the
     * same ones (its version is unchanged), and every reading is still valid, as {@link #factsOf}
     * would find it: the same generation, or, where every reading cites only items of this
     * commitment and was taken under its current generation, the same generation of the commitment.
     */
    boolean stillHold(Commitment c, LocalDate date, WorkingMemory.Standing standing, long now) {
      return commitment == c && version == standing.version() && asOf.equals(date)
          && (generation == now || allOwn && ownGeneration == standing.generation());
    }

    /**
     * Whether these were computed from the same findings with the same readings, the same objects
     * in the same order: the same readings alone are not enough, since a finding stated again by
     * another rule may take over its predecessor's reading, and the explanation names the rules.
     */
    boolean readFrom(Commitment c, LocalDate date, List<Derived<Finding>> now, FindingFacts[] read) {
      if (commitment != c || !asOf.equals(date) || facts.length != read.length) {
        return false;
      }
      for (int i = 0; i < read.length; i++) {
        if (facts[i] != read[i] || findings.get(i) != now.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private static Verdicts verdicts(Commitment c, LocalDate asOf, List<Derived<Finding>> findings, FindingFacts[] facts, long version, long generation,
      long ownGeneration) {
    int n = facts.length;
    boolean allOwn = true;
    for (FindingFacts f : facts) {
      allOwn &= f.own && f.ownGeneration == ownGeneration;
    }
    List<String> parties = c.parties();
    int required = c.combination().requiredOf(c.criteria().size());

    List<List<CriterionState>> perParty = new ArrayList<>(parties.size());
    parties.forEach(p -> perParty.add(new ArrayList<>(c.criteria().size())));
    List<CriterionState> overall = new ArrayList<>(c.criteria().size());
    List<List<Derived<Finding>>> byCriterion = new ArrayList<>(c.criteria().size());
    List<FindingFacts> supports = new ArrayList<>();
    List<FindingFacts> contras = new ArrayList<>();
    List<FindingFacts> applicable = new ArrayList<>();

    for (Criterion criterion : c.criteria()) {
      List<Derived<Finding>> mine = new ArrayList<>(2);
      supports.clear();
      contras.clear();
      for (int i = 0; i < n; i++) {
        Finding f = findings.get(i).fact();
        if (f.criterion().equals(criterion.id())) {
          mine.add(findings.get(i));
          (f.stance() == Stance.SUPPORTS ? supports : contras).add(facts[i]);
        }
      }
      byCriterion.add(mine);
      LocalDate overallOn = null;
      boolean allParties = true;
      // Findings usually concern every party: then a party's confidence is the criterion's.
      double supportConfidence = confidence(supports);
      double contraConfidence = confidence(contras);
      for (int p = 0; p < parties.size(); p++) {
        String party = parties.get(p);
        applicable(supports, party, applicable);
        LocalDate on = earliest(applicable);
        double partySupport = applicable.size() == supports.size() ? supportConfidence : confidence(applicable);
        applicable(contras, party, applicable);
        boolean contradicted = !applicable.isEmpty();
        double partyContra = applicable.size() == contras.size() ? contraConfidence : confidence(applicable);
        perParty.get(p).add(new CriterionState(on, contradicted, partySupport, partyContra));
        if (on == null) {
          allParties = false;
        } else if (overallOn == null || on.isAfter(overallOn)) {
          overallOn = on;
        }
      }
      LocalDate satisfiedOn = allParties ? overallOn : null;
      overall.add(new CriterionState(satisfiedOn, !contras.isEmpty(), supportConfidence, contraConfidence));
    }

    Map<String, Verdict> partyVerdicts = new TreeMap<>();
    for (int p = 0; p < parties.size(); p++) {
      partyVerdicts.put(parties.get(p), verdict(perParty.get(p), required, c, asOf));
    }
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
    return new Verdicts(c, asOf, findings, facts, required, overall, byCriterion, java.util.Collections.unmodifiableMap(byParty), verdict, mixed, late,
        version, generation, ownGeneration, allOwn);
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

  /**
   * The facts of a finding: kept with it from an earlier assessment under the same generation (or,
   * if it cites only items of its own commitment, the same generation of that commitment), or read
   * and checked now. Items a finding it replaced already cited (see {@link Derived#memo}) are
   * taken from that finding's reading rather than looked up again.
   */
  private static FindingFacts factsOf(Derived<Finding> d, Commitment c, LocalDate asOf, Map<String, Evidence> all, long generation, long ownGeneration) {
    FindingFacts earlier = d.memo instanceof FindingFacts f && f.commitment == c && f.asOf.equals(asOf)
        && (f.generation == generation || f.own && f.ownGeneration == ownGeneration) ? f : null;
    if (earlier != null && earlier.finding == d.fact()) {
      return earlier;
    }
    FindingFacts f = earlier == null ? null : grown(d, c, asOf, all, generation, ownGeneration, earlier);
    if (f == null) {
      f = read(d, c, asOf, all, generation, ownGeneration, earlier);
    }
    d.memo = f;
    return f;
  }

  /**
   * The facts of a finding that cites what an earlier reading, still valid, cited plus one more
   * item (what a new item of a group does to the finding built from the group): the earlier
   * reading with that item added, so that no other item is read again; or null if the finding is
   * not of that shape.
   */
  private static FindingFacts grown(Derived<Finding> d, Commitment c, LocalDate asOf, Map<String, Evidence> all, long generation,
      long ownGeneration, FindingFacts earlier) {
    Finding f = d.fact();
    List<String> ids = f.evidence();
    List<String> known = earlier.finding.evidence();
    int n = known.size();
    if (ids.size() != n + 1 || !Objects.equals(f.party(), earlier.finding.party())) {
      return null;
    }
    int at = 0;
    while (at < n && same(ids.get(at), known.get(at))) {
      at++;
    }
    for (int j = at; j < n; j++) {
      if (!same(ids.get(j + 1), known.get(j))) {
        return null;
      }
    }
    String id = ids.get(at);
    Evidence e = all.get(id);
    if (e == null || !e.publishedBy(asOf)) {
      throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, "rule '" + d.rule() + "'",
          "derived a finding on evidence '" + id + "', which is not in working memory");
    }
    Evidence[] items = new Evidence[n + 1];
    System.arraycopy(earlier.items, 0, items, 0, at);
    items[at] = e;
    System.arraycopy(earlier.items, at, items, at + 1, n - at);
    LocalDate latest = e.occurredOn().isAfter(earlier.latest) ? e.occurredOn() : earlier.latest;
    boolean own = earlier.own && e.commitment().equals(c.id());
    OriginWeights origins = earlier.origins.merge(OriginWeights.of(new String[] {e.origin()}, new double[] {weight(e.source().type())}));
    return new FindingFacts(f, c, asOf, generation, own, ownGeneration, items, latest, origins, combine(origins.weights));
  }

  private static boolean same(String a, String b) {
    return a == b || a.equals(b);
  }

  private static FindingFacts read(Derived<Finding> d, Commitment c, LocalDate asOf, Map<String, Evidence> all, long generation, long ownGeneration,
      FindingFacts earlier) {
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
    List<String> ids = f.evidence();
    Evidence[] items = new Evidence[ids.size()];
    if (earlier != null) {
      reuse(ids, items, earlier);
    }
    LocalDate latest = null;
    boolean own = true;
    String[] origins = new String[items.length];
    double[] weights = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      Evidence e = items[i];
      if (e == null) {
        String id = ids.get(i);
        e = all.get(id);
        if (e == null || !e.publishedBy(asOf)) {
          throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, where,
              "derived a finding on evidence '" + id + "', which is not in working memory");
        }
        items[i] = e;
      }
      if (latest == null || e.occurredOn().isAfter(latest)) {
        latest = e.occurredOn();
      }
      own &= e.commitment().equals(c.id());
      origins[i] = e.origin();
      weights[i] = weight(e.source().type());
    }
    OriginWeights byOrigin = OriginWeights.of(origins, weights);
    return new FindingFacts(f, c, asOf, generation, own, ownGeneration, items, latest, byOrigin, combine(byOrigin.weights));
  }

  /**
   * Fills in the items an earlier reading, still valid, already resolved. Both id
   * lists are in order when rules build findings with the factory methods (which sort); an id not
   * found this way is left for the caller to look up.
   */
  private static void reuse(List<String> ids, Evidence[] items, FindingFacts earlier) {
    List<String> known = earlier.finding.evidence();
    int j = 0;
    for (int i = 0; i < ids.size() && j < known.size(); i++) {
      String id = ids.get(i);
      while (j < known.size() && known.get(j) != id && known.get(j).compareTo(id) < 0) {
        j++;
      }
      if (j < known.size() && (known.get(j) == id || known.get(j).equals(id))) {
        items[i] = earlier.items[j];
      }
    }
  }

  /**
   * What the verdict reads of one finding's evidence. Immutable.
   *
   * @param generation the working memory's generation when read
   * @param own whether every item is one of the commitment's own
   * @param ownGeneration the commitment's generation when read
   * @param items the finding's evidence, in the order of its ids
   * @param origins the distinct origins of the evidence, each with the weight of its strongest source type
   * @param confidence the finding's confidence on its own
   */
  private record FindingFacts(Finding finding, Commitment commitment, LocalDate asOf, long generation, boolean own, long ownGeneration, Evidence[] items,
      LocalDate latest,
      OriginWeights origins, double confidence) {
    String party() {
      return finding.party();
    }
  }

  /** The findings among these that apply to a party (a finding without a party applies to all), into {@code out}. */
  private static void applicable(List<FindingFacts> findings, String party, List<FindingFacts> out) {
    out.clear();
    for (FindingFacts f : findings) {
      if (f.party() == null || f.party().equals(party)) {
        out.add(f);
      }
    }
  }

  /** The day a criterion became satisfied: the earliest finding, dated by its latest evidence. */
  private static LocalDate earliest(List<FindingFacts> supports) {
    LocalDate best = null;
    for (FindingFacts f : supports) {
      if (best == null || f.latest().isBefore(best)) {
        best = f.latest();
      }
    }
    return best;
  }

  /**
   * How strongly findings rest on evidence: each independent origin counts once, with the weight
   * of its strongest source type; weights combine as independent confirmations.
   */
  private static double confidence(List<FindingFacts> findings) {
    if (findings.isEmpty()) {
      return 0;
    }
    if (findings.size() == 1) {
      return findings.get(0).confidence();
    }
    OriginWeights merged = findings.get(0).origins();
    for (int k = 1; k < findings.size(); k++) {
      merged = merged.merge(findings.get(k).origins());
    }
    return combine(merged.weights);
  }

  /**
   * Distinct origins with their weights, ordered by the origins' string hashes (kept here, so that
   * merging two of them compares ints and reads an origin's text only when two hashes are equal).
   * Immutable.
   */
  private static final class OriginWeights {
    final int[] hashes;
    final String[] ids;
    final double[] weights;

    OriginWeights(int[] hashes, String[] ids, double[] weights) {
      this.hashes = hashes;
      this.ids = ids;
      this.weights = weights;
    }

    /** The distinct origins among these, one per item, each with the strongest of its weights. */
    static OriginWeights of(String[] origins, double[] weights) {
      int n = origins.length;
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = ((long) origins[i].hashCode() << 32) | i;
      }
      Arrays.sort(keys);
      Builder out = new Builder(n);
      int run = 0;
      for (int k = 0; k < n; k++) {
        int hash = (int) (keys[k] >> 32);
        if (k == 0 || hash != (int) (keys[k - 1] >> 32)) {
          run = out.size;
        }
        int i = (int) keys[k];
        out.add(hash, origins[i], weights[i], run);
      }
      return out.build();
    }

    /** The origins of both, each with the stronger of its weights: one hash at a time, from both sides. */
    OriginWeights merge(OriginWeights other) {
      int n = hashes.length;
      int m = other.hashes.length;
      Builder out = new Builder(n + m);
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        int hash = j == m || (i < n && hashes[i] <= other.hashes[j]) ? hashes[i] : other.hashes[j];
        int run = out.size;
        for (; i < n && hashes[i] == hash; i++) {
          out.add(hash, ids[i], weights[i], run);
        }
        for (; j < m && other.hashes[j] == hash; j++) {
          out.add(hash, other.ids[j], other.weights[j], run);
        }
      }
      return out.build();
    }

    /** Origins added in hash order; those of one hash are compared by text, so distinct origins that collide stay apart. */
    private static final class Builder {
      final int[] hashes;
      final String[] ids;
      final double[] weights;
      int size;

      Builder(int capacity) {
        hashes = new int[capacity];
        ids = new String[capacity];
        weights = new double[capacity];
      }

      /** Adds an origin whose hash is that of the entries from {@code run} on, keeping the stronger weight of one already there. */
      void add(int hash, String id, double weight, int run) {
        for (int k = run; k < size; k++) {
          if (ids[k] == id || ids[k].equals(id)) {
            weights[k] = Math.max(weights[k], weight);
            return;
          }
        }
        hashes[size] = hash;
        ids[size] = id;
        weights[size++] = weight;
      }

      OriginWeights build() {
        return new OriginWeights(Arrays.copyOf(hashes, size), Arrays.copyOf(ids, size), Arrays.copyOf(weights, size));
      }
    }
  }

  /**
   * Weights, one per origin, combined as independent confirmations. They are multiplied in
   * ascending order, so the result does not depend on the order the origins were seen in.
   */
  private static double combine(double[] weights) {
    double[] ordered = weights.clone();
    Arrays.sort(ordered);
    double doubt = 1.0;
    for (double w : ordered) {
      doubt *= 1 - w;
    }
    return ordered.length == 0 ? 0 : Math.min(0.99, 1 - doubt);
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
    int satisfied = 0;
    boolean contradicted = false;
    double contra = 0;
    double support = 0;
    double weakestSupport = Double.MAX_VALUE;
    for (CriterionState s : states) {
      contradicted |= s.contradicted();
      contra = Math.max(contra, s.contraConfidence());
      if (s.satisfied()) {
        satisfied++;
        support = Math.max(support, s.supportConfidence());
        weakestSupport = Math.min(weakestSupport, s.supportConfidence());
      }
    }
    if (contradicted && satisfied > 0) {
      return new Verdict(Status.CONTESTED, null, round(Math.min(support, contra)));
    }
    if (contradicted) {
      return new Verdict(Status.NOT_MET, null, round(contra));
    }
    if (satisfied >= required) {
      // Met on the day the required number of criteria first stood satisfied, with the confidence of the weakest of those.
      List<CriterionState> first = new ArrayList<>(satisfied);
      for (CriterionState s : states) {
        if (s.satisfied()) {
          first.add(s);
        }
      }
      first.sort(Comparator.comparing(CriterionState::satisfiedOn));
      double conf = Double.MAX_VALUE;
      for (int i = 0; i < required; i++) {
        conf = Math.min(conf, first.get(i).supportConfidence());
      }
      return new Verdict(Status.MET, first.get(required - 1).satisfiedOn(), round(conf));
    }
    boolean passed = c.deadline().passed(asOf);
    if (satisfied > 0) {
      return new Verdict(passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS, null, round(weakestSupport));
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
