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
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * Assesses one commitment from what working memory holds for it: reads what the verdict needs of
 * each standing finding's evidence, decides the verdict with {@link StatusRules}, and leaves the
 * explanation to be built when first read.
 *
 * <p><b>The one cache.</b> A monitor reassesses a commitment on every update that touches it, and
 * most updates bring items no criterion counts: its findings and what they give are then what they
 * were. So each commitment keeps what its findings gave at its last assessment ({@link Kept}: each
 * finding's reading of its evidence, the criteria's states and the verdict) with its {@link
 * Standing}. One rule says what holds: <em>the readings hold while no item they may cite has left
 * working memory</em>, which a retraction count tells (the commitment's own, {@link
 * Standing#retractions()}, when every finding cites only items of the commitment; else the working
 * memory's, {@link WorkingMemory#retractions()}); <em>and the verdict also while the same findings
 * stand</em>, which the standing's version tells (moved by every finding that comes or goes). When
 * only the version moved, the findings that still stand keep their readings and only those that
 * came are read. Everything else is computed afresh: the lists the explanation reads, the
 * set-asides, the explanation itself. Reading a finding a rule built from items looks none of its
 * commitment's items up (its ids carry them), so a finding that comes is cheap to read.
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
   * @param standing what the rules derived for {@code c} and still stands, or {@code null} if
   *     nothing ever did
   * @param retractions the working memory's retraction count now
   * @param agreementDate the day {@code c}'s agreement was made: what occurred before it is a
   *     baseline, never delivery
   */
  public static Assessed assess(
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      List<Evidence> ownVisible,
      List<Evidence> ownUnpublished,
      Standing standing,
      long retractions,
      LocalDate agreementDate) {
    List<Derived<SetAside>> setAsides = standing == null ? List.of() : standing.setAsides();
    Kept kept = standing == null ? null : standing.kept;
    if (kept == null || !kept.holds(standing, retractions)) {
      kept = decide(c, asOf, all, standing, retractions, agreementDate);
      if (standing != null) {
        standing.kept = kept;
      }
    }
    Kept k = kept;
    // The explanation reads these when first asked for; a monitor's lists change with its next
    // update, so they are copied now.
    List<Evidence> visible = List.copyOf(ownVisible);
    List<WorkingMemory.Routed> routed = standing == null ? List.of() : standing.routed();
    List<Evidence> unpublished = List.copyOf(ownUnpublished);
    List<Derived<SetAside>> asides = List.copyOf(setAsides);
    Supplier<Explanation> explanation =
        () -> {
          String summary =
              k.mixed ? mixedSummary(k.verdict, c) : summary(k.verdict, c, k.overall, asOf);
          return explain(c, asOf, agreementDate, summary, k, visible, routed, unpublished, asides);
        };
    return new Assessed(k.verdict, explanation);
  }

  /**
   * What a commitment's findings gave at an assessment: immutable, kept with its {@link Standing}
   * while it holds (see the class comment).
   */
  static final class Kept {
    final long version;
    final long stamp;
    final boolean own;
    final List<Derived<Finding>> findings;
    final Reading[] readings;
    final List<CriterionState> overall;
    final List<List<Derived<Finding>>> byCriterion;
    final Verdict verdict;
    final boolean mixed;

    Kept(
        long version,
        long stamp,
        boolean own,
        List<Derived<Finding>> findings,
        Reading[] readings,
        List<CriterionState> overall,
        List<List<Derived<Finding>>> byCriterion,
        Verdict verdict,
        boolean mixed) {
      this.version = version;
      this.stamp = stamp;
      this.own = own;
      this.findings = findings;
      this.readings = readings;
      this.overall = overall;
      this.byCriterion = byCriterion;
      this.verdict = verdict;
      this.mixed = mixed;
    }

    /** The reading of this finding, if it was one of these. */
    Reading readingOf(Derived<Finding> d) {
      for (int i = 0; i < readings.length; i++) {
        if (findings.get(i) == d) {
          return readings[i];
        }
      }
      return null;
    }

    /** Whether the same findings stand and no item they may cite has left working memory. */
    boolean holds(Standing standing, long retractions) {
      return version == standing.version() && stamp == (own ? standing.retractions() : retractions);
    }
  }

  /** Reads every standing finding and decides the verdict. */
  private static Kept decide(
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      Standing standing,
      long retractions,
      LocalDate agreementDate) {
    List<Derived<Finding>> findings = standing == null ? List.of() : standing.findings();
    // Findings that still stand keep their readings while no item they may cite has left: only
    // those that came are read.
    Kept previous = standing == null ? null : standing.kept;
    boolean readingsHold =
        previous != null && previous.stamp == (previous.own ? standing.retractions() : retractions);
    Reading[] readings = new Reading[findings.size()];
    boolean allOwn = true;
    for (int i = 0; i < readings.length; i++) {
      Derived<Finding> d = findings.get(i);
      readings[i] = readingsHold ? previous.readingOf(d) : null;
      if (readings[i] == null) {
        readings[i] = read(d, c, asOf, all, standing.retractions(), agreementDate);
      }
      allOwn &= readings[i].own();
    }

    List<String> parties = c.parties();
    int required = c.required();
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
        // A finding that rests only on what occurred before the agreement is a baseline: it decides
        // nothing.
        if (f.criterion().equals(criterion.id()) && readings[i].counts()) {
          mine.add(findings.get(i));
          (f.stance() == Stance.SUPPORTS ? supports : contras).add(readings[i]);
        }
      }
      byCriterion.add(mine);
      LocalDate overallOn = null;
      boolean everyParty = true;
      // Findings usually concern every party: then each party's state is the criterion's, computed
      // once.
      LocalDate allOn = criterion.atLeast() > 0 ? null : earliest(supports);
      double support = confidence(supports);
      double contra = confidence(contras);
      for (int p = 0; p < parties.size(); p++) {
        List<Reading> partySupports = applicable(supports, parties.get(p));
        // A criterion that counts a party's own items is contradicted for a party only by items
        // that name it.
        List<Reading> partyContras =
            criterion.atLeast() > 0
                ? naming(contras, parties.get(p))
                : applicable(contras, parties.get(p));
        LocalDate on =
            criterion.atLeast() > 0
                ? counted(partySupports, parties.get(p), criterion.atLeast())
                : partySupports == supports ? allOn : earliest(partySupports);
        perParty
            .get(p)
            .add(
                new CriterionState(
                    on,
                    !partyContras.isEmpty(),
                    partySupports == supports ? support : confidence(partySupports),
                    partyContras == contras ? contra : confidence(partyContras),
                    criterion.full()));
        if (on == null) {
          everyParty = false;
        } else if (overallOn == null || on.isAfter(overallOn)) {
          overallOn = on;
        }
      }
      if (criterion.measure() != null
          && criterion.measure().party() != null
          && parties.contains(criterion.measure().party())) {
        // A criterion on one party's figures concerns that party alone: overall, it stands as that
        // party's does.
        overall.add(
            perParty
                .get(parties.indexOf(criterion.measure().party()))
                .get(perParty.get(0).size() - 1));
      } else {
        overall.add(
            new CriterionState(
                everyParty ? overallOn : null,
                !contras.isEmpty(),
                support,
                contra,
                criterion.full()));
      }
    }

    Map<String, Verdict> byParty = new TreeMap<>();
    for (int p = 0; p < parties.size(); p++) {
      byParty.put(
          parties.get(p), StatusRules.decide(perParty.get(p), required, c.deadline(), asOf));
    }
    Verdict byCriteria = StatusRules.decide(overall, required, c.deadline(), asOf);
    Verdict verdict = StatusRules.joint(byCriteria, byParty, c.deadline(), asOf);
    long version = standing == null ? 0 : standing.version();
    long stamp = allOwn ? (standing == null ? 0 : standing.retractions()) : retractions;
    return new Kept(
        version,
        stamp,
        allOwn,
        findings,
        readings,
        overall,
        byCriterion,
        verdict,
        StatusRules.mixed(byCriteria, verdict));
  }

  /**
   * What the verdict reads of one finding's evidence. Immutable.
   *
   * @param own whether every item it cites names its commitment
   * @param items the finding's evidence, in the order of its ids
   * @param counted the items that occurred on or after the agreement's date, in the same order
   * @param since the day the finding holds from (see {@link #since}), or {@code null} if no item
   *     counts
   * @param origins the distinct origins of the counted items, each with the weight of its strongest
   *     source type
   * @param confidence the finding's confidence on its own
   * @param party the party the finding is limited to, or {@code null}
   */
  record Reading(
      boolean own,
      Evidence[] items,
      Evidence[] counted,
      LocalDate since,
      Origins origins,
      double confidence,
      String party) {
    /** Whether the finding rests on anything but baseline evidence. */
    boolean counts() {
      return counted.length > 0;
    }
  }

  /**
   * Reads a finding's evidence, and checks the finding against its commitment's criteria and
   * parties.
   */
  private static Reading read(
      Derived<Finding> d,
      Commitment c,
      LocalDate asOf,
      Map<String, Evidence> all,
      long ownRetractions,
      LocalDate agreementDate) {
    Finding f = d.fact();
    Location where = Location.rule(d.rule());
    if (c.criterion(f.criterion()).isEmpty()) {
      throw PledgewatchException.of(
          ErrorCode.RULE_RUNTIME_ERROR,
          where,
          "derived a finding for criterion '"
              + f.criterion()
              + "' of commitment '"
              + c.id()
              + "', which has only "
              + c.criteria().stream().map(Criterion::id).toList());
    }
    if (f.party() != null && !c.parties().contains(f.party())) {
      throw PledgewatchException.of(
          ErrorCode.RULE_RUNTIME_ERROR,
          where,
          "derived a finding for party '"
              + f.party()
              + "', but commitment '"
              + c.id()
              + "' binds only "
              + c.parties());
    }
    List<String> ids = f.evidence();
    // A finding a rule built from items carries them; while no item of its commitment has left
    // working memory since,
    // those of them are all still there, and are not looked up in the map of every item. Any other
    // item, and every
    // item of a finding the host stated, is checked in the map.
    Evidence[] given =
        ids instanceof IdList l && d.derivedAt >= 0 && d.derivedAt == ownRetractions
            ? l.items
            : null;
    Evidence[] items = new Evidence[ids.size()];
    Evidence[] counted = new Evidence[items.length];
    int n = 0;
    boolean own = true;
    for (int i = 0; i < items.length; i++) {
      Evidence e = given != null && given[i].bearsOn(c.id()) ? given[i] : all.get(ids.get(i));
      if (e == null || !e.publishedBy(asOf)) {
        throw PledgewatchException.of(
            ErrorCode.RULE_RUNTIME_ERROR,
            where,
            "derived a finding on evidence '" + ids.get(i) + "', which is not in working memory");
      }
      items[i] = e;
      if (!e.occurredOn().isBefore(agreementDate)) {
        counted[n++] = e;
      }
      own &= e.bearsOn(c.id());
    }
    counted = n == items.length ? items : java.util.Arrays.copyOf(counted, n);
    Origins origins = Origins.of(counted);
    return new Reading(
        own,
        items,
        counted,
        since(counted),
        origins,
        StatusRules.combine(origins.weights),
        f.party());
  }

  /**
   * The day a finding holds from: the earliest day by which the items it rests on that had occurred
   * include an official or intergovernmental source, or come from two independent origins; if they
   * never do (a rule that accepts one report), the day the earliest of them occurred. More evidence
   * for a finding can only move this day earlier, never later; one misdated report cannot move it
   * on its own.
   */
  static LocalDate since(Evidence[] items) {
    if (items.length == 0) {
      return null;
    }
    Evidence[] byDay = items.clone();
    java.util.Arrays.sort(byDay, Comparator.comparing(Evidence::occurredOn));
    String firstOrigin = null;
    for (Evidence e : byDay) {
      SourceType t = e.source().type();
      if (t == SourceType.OFFICIAL || t == SourceType.INTERGOVERNMENTAL) {
        return e.occurredOn();
      }
      if (firstOrigin == null) {
        firstOrigin = e.origin();
      } else if (!firstOrigin.equals(e.origin())) {
        return e.occurredOn();
      }
    }
    return byDay[0].occurredOn();
  }

  /**
   * For a criterion that counts a party's own items: the day the party's {@code atLeast}-th
   * distinct item counts, or {@code null} if fewer do. A finding for the party counts all its
   * items; a finding for every party counts the items that name the party, and only when those meet
   * the evidence standard on their own (an official or intergovernmental source, or two independent
   * origins): another party's corroborated action does not carry a single report of this one's.
   * Each finding counts from the day it holds for the party (see {@link #since}).
   */
  private static LocalDate counted(List<Reading> supports, String party, int atLeast) {
    Map<String, LocalDate> items = new java.util.HashMap<>();
    LocalDate held = null;
    for (Reading r : supports) {
      Evidence[] own =
          r.party() != null
              ? r.counted()
              : java.util.Arrays.stream(r.counted())
                  .filter(e -> e.involves(party))
                  .toArray(Evidence[]::new);
      if (own.length == 0 || r.party() == null && !corroborated(own)) {
        continue;
      }
      LocalDate since = since(own);
      held = held == null || since.isBefore(held) ? since : held;
      for (Evidence e : own) {
        items.merge(
            e.id(),
            e.occurredOn().isBefore(since) ? since : e.occurredOn(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    if (items.size() < atLeast) {
      return null;
    }
    // Not before the findings hold for the party, nor before its atLeast-th item counts.
    LocalDate nth = items.values().stream().sorted().skip(atLeast - 1L).findFirst().orElseThrow();
    return held.isAfter(nth) ? held : nth;
  }

  /**
   * Whether these items meet the evidence standard: an official or intergovernmental source, or two
   * independent origins.
   */
  private static boolean corroborated(Evidence[] items) {
    String first = null;
    for (Evidence e : items) {
      SourceType t = e.source().type();
      if (t == SourceType.OFFICIAL || t == SourceType.INTERGOVERNMENTAL) {
        return true;
      }
      if (first == null) {
        first = e.origin();
      } else if (!first.equals(e.origin())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The readings among these that apply to a party: those of findings with no party, or with that
   * one.
   */
  private static List<Reading> applicable(List<Reading> readings, String party) {
    for (Reading r : readings) {
      if (r.party() != null && !r.party().equals(party)) {
        return readings.stream().filter(x -> x.party() == null || x.party().equals(party)).toList();
      }
    }
    return readings;
  }

  /**
   * The readings among these that concern a party: those of findings for it, and those for every
   * party that cite an item naming it.
   */
  private static List<Reading> naming(List<Reading> readings, String party) {
    List<Reading> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (party.equals(r.party())
          || r.party() == null
              && java.util.Arrays.stream(r.counted()).anyMatch(e -> e.involves(party))) {
        out.add(r);
      }
    }
    return out.size() == readings.size() ? readings : out;
  }

  /** The day a criterion became satisfied: the earliest day any of its findings holds from. */
  private static LocalDate earliest(List<Reading> supports) {
    LocalDate best = null;
    for (Reading r : supports) {
      if (best == null || r.since().isBefore(best)) {
        best = r.since();
      }
    }
    return best;
  }

  /**
   * How strongly findings rest on evidence: each independent origin counts once, with the weight of
   * its strongest source type; weights combine as independent confirmations.
   */
  private static double confidence(List<Reading> readings) {
    if (readings.size() <= 1) {
      return readings.isEmpty() ? 0 : readings.get(0).confidence();
    }
    Origins merged = readings.get(0).origins();
    for (int i = 1; i < readings.size(); i++) {
      merged = merged.merge(readings.get(i).origins());
    }
    return StatusRules.combine(merged.weights);
  }

  /**
   * Distinct origins, ordered by their hashes, each with the weight of its strongest source type.
   * Immutable.
   */
  static final class Origins {
    final String[] ids;
    final int[] hashes;
    final double[] weights;

    private Origins(String[] ids, int[] hashes, double[] weights) {
      this.ids = ids;
      this.hashes = hashes;
      this.weights = weights;
    }

    static Origins of(Evidence[] items) {
      // Sorted by the origins' hashes (ints), then, within one hash, by text: a finding is read
      // whenever it comes, and
      // comparing the texts of dozens of origins showed in profiles.
      long[] keys = new long[items.length];
      for (int i = 0; i < items.length; i++) {
        keys[i] = ((long) items[i].origin().hashCode() << 32) | i;
      }
      java.util.Arrays.sort(keys);
      String[] ids = new String[items.length];
      int[] hashes = new int[items.length];
      double[] weights = new double[items.length];
      int n = 0;
      int run = 0;
      for (int k = 0; k < keys.length; k++) {
        Evidence e = items[(int) keys[k]];
        int hash = (int) (keys[k] >> 32);
        if (k == 0 || hash != hashes[n - 1]) {
          run = n;
        }
        n =
            add(
                ids,
                hashes,
                weights,
                n,
                run,
                hash,
                e.origin(),
                StatusRules.weight(e.source().type()));
      }
      return new Origins(
          java.util.Arrays.copyOf(ids, n),
          java.util.Arrays.copyOf(hashes, n),
          java.util.Arrays.copyOf(weights, n));
    }

    /**
     * Adds an origin whose hash equals the entries' from {@code run} on, keeping the stronger
     * weight of one already there; the new size.
     */
    private static int add(
        String[] ids,
        int[] hashes,
        double[] weights,
        int n,
        int run,
        int hash,
        String id,
        double weight) {
      for (int k = run; k < n; k++) {
        if (ids[k] == id || ids[k].equals(id)) {
          weights[k] = Math.max(weights[k], weight);
          return n;
        }
      }
      ids[n] = id;
      hashes[n] = hash;
      weights[n] = weight;
      return n + 1;
    }

    /**
     * The origins of both, each with the stronger of its weights: one hash at a time, from both
     * sides.
     */
    Origins merge(Origins other) {
      int n = hashes.length;
      int m = other.hashes.length;
      String[] outIds = new String[n + m];
      int[] outHashes = new int[n + m];
      double[] outWeights = new double[n + m];
      int size = 0;
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        int hash = j == m || (i < n && hashes[i] <= other.hashes[j]) ? hashes[i] : other.hashes[j];
        int run = size;
        for (; i < n && hashes[i] == hash; i++) {
          size = add(outIds, outHashes, outWeights, size, run, hash, ids[i], weights[i]);
        }
        for (; j < m && other.hashes[j] == hash; j++) {
          size =
              add(outIds, outHashes, outWeights, size, run, hash, other.ids[j], other.weights[j]);
        }
      }
      return new Origins(
          java.util.Arrays.copyOf(outIds, size),
          java.util.Arrays.copyOf(outHashes, size),
          java.util.Arrays.copyOf(outWeights, size));
    }
  }

  private static Explanation explain(
      Commitment c,
      LocalDate asOf,
      LocalDate agreementDate,
      String summary,
      Kept k,
      List<Evidence> ownVisible,
      List<WorkingMemory.Routed> routed,
      List<Evidence> ownUnpublished,
      List<Derived<SetAside>> setAsides) {
    Map<String, Evidence> items = new HashMap<>();
    for (Reading r : k.readings) {
      for (Evidence e : r.items()) {
        items.put(e.id(), e);
      }
    }
    List<CriterionResult> results = new ArrayList<>();
    TreeSet<String> cited = new TreeSet<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < c.criteria().size(); i++) {
      Criterion criterion = c.criteria().get(i);
      CriterionState state = k.overall.get(i);
      List<RuleDecision> decisions =
          k.byCriterion.get(i).stream()
              .map(
                  d ->
                      new RuleDecision(
                          d.rule(),
                          d.fact().stance().jsonName(),
                          d.fact().party(),
                          d.fact().evidence(),
                          d.fact().note()))
              .sorted(
                  Comparator.comparing(RuleDecision::stance)
                      .reversed()
                      .thenComparing(RuleDecision::rule)
                      .thenComparing(d -> Objects.toString(d.party(), ""))
                      .thenComparing(d -> String.join(",", d.evidence()))
                      .thenComparing(d -> Objects.toString(d.note(), "")))
              .toList();
      decisions.forEach(d -> cited.addAll(d.evidence()));
      k.byCriterion.get(i).forEach(d -> used.addAll(d.fact().evidence()));
      results.add(
          new CriterionResult(
              criterion.id(),
              criterion.description(),
              state.satisfied(),
              state.contradicted(),
              state.satisfiedOn(),
              decisions,
              state.satisfied() ? null : criterion.satisfiedBy()));
    }

    Map<String, List<String>> reasons = new HashMap<>();
    for (Derived<SetAside> s : setAsides) {
      String why = s.fact().reason() + " (rule '" + s.rule() + "')";
      for (String id : s.fact().evidence()) {
        reasons.computeIfAbsent(id, x -> new ArrayList<>()).add(why);
      }
    }
    Map<String, String> routes = new HashMap<>();
    List<Evidence> considered = new ArrayList<>(ownVisible);
    for (WorkingMemory.Routed r : routed) {
      considered.add(r.evidence());
      routes.put(r.evidence().id(), String.join("; ", r.reasons()));
    }
    boolean kindsDeclared =
        c.criteria().stream()
            .anyMatch(cr -> !cr.evidenceKinds().isEmpty() || !cr.contraryKinds().isEmpty());
    List<SetAsideItem> setAside = new ArrayList<>();
    for (Evidence e : considered.stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      items.put(e.id(), e);
      if (used.contains(e.id())) {
        continue;
      }
      List<String> why = new ArrayList<>(reasons.getOrDefault(e.id(), List.of()));
      if (e.occurredOn().isBefore(agreementDate)) {
        why.add(
            "occurred on "
                + e.occurredOn()
                + ", before the agreement of "
                + agreementDate
                + ": a baseline, never delivery");
      }
      String reason;
      if (!why.isEmpty()) {
        reason = why.size() == 1 ? why.get(0) : String.join("; ", new TreeSet<>(why));
      } else if (kindsDeclared && !c.countsKind(e.kind())) {
        reason = "no criterion of this pledge counts evidence of kind '" + e.kind() + "'";
      } else {
        reason =
            "no rule for this pledge counts it (kind '"
                + e.kind()
                + "', "
                + e.stance().jsonName()
                + ", "
                + e.source().type().jsonName()
                + " source '"
                + e.source().publisher()
                + "')";
      }
      String route = routes.get(e.id());
      setAside.add(
          new SetAsideItem(e.id(), route == null ? reason : reason + "; routed here: " + route));
      cited.add(e.id());
    }
    for (Evidence e : ownUnpublished.stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      setAside.add(
          new SetAsideItem(
              e.id(), "published " + e.publishedOn() + ", after the as-of date " + asOf));
    }
    List<EvidenceRef> refs =
        cited.stream().map(items::get).filter(Objects::nonNull).map(EvidenceRef::of).toList();
    return new Explanation(summary, results, setAside, refs);
  }

  private static String mixedSummary(Verdict v, Commitment c) {
    String parties =
        v.byParty().entrySet().stream()
            .map(e -> e.getKey() + " " + label(e.getValue().status()))
            .collect(Collectors.joining(", "));
    return label(v.status())
        + (v.status() == Status.MET ? " on " + v.metOn() : "")
        + ": the parties differ ("
        + parties
        + "); "
        + due(c)
        + (v.late() ? ", met late" : "");
  }

  private static String summary(
      Verdict v, Commitment c, List<CriterionState> states, LocalDate asOf) {
    int required = c.required();
    long full = c.criteria().stream().filter(Criterion::full).count();
    long satisfied = states.stream().filter(s -> s.satisfied() && s.full()).count();
    long partial = c.criteria().size() - full;
    long partialSatisfied = states.stream().filter(s -> s.satisfied() && !s.full()).count();
    String counted =
        satisfied
            + " of "
            + required
            + " required criteria satisfied"
            + (required < full ? " (" + full + " in all)" : "")
            + (partial == 0
                ? ""
                : ", " + partialSatisfied + " of " + partial + " for partial credit");
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
      case CONTESTED ->
          "contested: evidence contradicts "
              + String.join(", ", contradicted)
              + " while "
              + counted;
      case NOT_MET ->
          contradicted.isEmpty()
              ? "not met: no criterion satisfied and " + due(c) + " has passed (as of " + asOf + ")"
              : "not met: evidence contradicts "
                  + String.join(", ", contradicted)
                  + " and none supports it";
      case INSUFFICIENT_EVIDENCE ->
          "insufficient evidence: "
              + counted
              + "; "
              + due(c)
              + (c.deadline().due() == null ? "" : " has not passed");
    };
  }

  private static String due(Commitment c) {
    return c.deadline().due() == null ? "no deadline" : "due " + c.deadline().due();
  }

  private static String label(Status s) {
    return s.jsonName().replace('-', ' ');
  }
}
