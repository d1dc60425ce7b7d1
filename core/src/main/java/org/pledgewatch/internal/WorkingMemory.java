package org.pledgewatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.facts.AsOf;
import org.pledgewatch.facts.EvidenceGroup;
import org.pledgewatch.facts.Finding;
import org.pledgewatch.facts.MeasureTrend;
import org.pledgewatch.facts.Route;
import org.pledgewatch.facts.SetAside;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Stance;

/**
 * One Drools session and what its rules derived. Not thread-safe: one caller at a time. Always
 * {@link #dispose()} it: an undisposed session stays referenced by its knowledge base.
 */
public final class WorkingMemory implements AutoCloseable {
  private final KieSession session;

  /** An absolute limit, or 0 for the default that scales with the facts inserted. */
  private final int firingLimit;

  private long insertedSinceFire;

  /**
   * Standing findings and set-asides by commitment, each with the rule that derived it; kept as
   * facts come and go.
   */
  private final Map<String, Standing> standing = new HashMap<>();

  /** Counts deletions of evidence: see {@link #retractions()}. */
  private long retractions;

  /**
   * Replaced, never cleared: clearing a hash set costs its capacity, which a bulk load leaves
   * large.
   */
  private Set<String> dirty = new LinkedHashSet<>();

  /**
   * Firings per rule in the current fire(), to name the busiest rules if the limit is reached; no
   * boxing on this hot path.
   */
  private final Map<Rule, int[]> firings = new java.util.IdentityHashMap<>();

  /** The match whose consequence is running, to name the rule if it throws an {@link Error}. */
  private org.kie.api.runtime.rule.Match firing;

  private final List<PledgewatchException> ruleErrors = new ArrayList<>();
  private FactHandle asOfHandle;

  /**
   * The items of each (commitment, kind, stance), kept as {@link EvidenceGroup} facts; replaced
   * before each fire.
   */
  private final Map<GroupKey, Group> groups = new HashMap<>();

  /** Groups whose items changed since the last fire, each once (its {@code changed} flag). */
  private final List<Group> changedGroups = new ArrayList<>();

  /**
   * The catalog the commitments came from, for agreements' dates and criteria that read measures.
   */
  private Catalog catalog;

  /** Each commitment's agreement date, read for every item inserted (two lookups otherwise). */
  private final Map<String, LocalDate> agreementDates = new HashMap<>();

  /** The commitments each item is routed to by rules, beyond those it names, by item id. */
  private final Map<String, Set<String>> routedTo = new HashMap<>();

  /**
   * The visible figures of each (measure, party) some criterion reads, and the trends that read
   * them.
   */
  private final Map<SeriesKey, Series> series = new HashMap<>();

  private final List<Series> changedSeries = new ArrayList<>();

  /** Halts sessions past their time limit: one daemon thread for every engine, idle otherwise. */
  private static final java.util.concurrent.ScheduledExecutorService TIMER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "pledgewatch-time-limit");
            t.setDaemon(true);
            return t;
          });

  /** The time limit for one {@link #fire()}, or {@code null} for none. */
  private final java.time.Duration timeLimit;

  public WorkingMemory(KieBase kbase, int firingLimit, java.time.Duration timeLimit) {
    this.session = kbase.newKieSession();
    this.firingLimit = firingLimit;
    this.timeLimit = timeLimit;
    session.addEventListener(new Tracker());
    session.addEventListener(
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            firing = event.getMatch();
          }

          @Override
          public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
            firings.computeIfAbsent(event.getMatch().getRule(), r -> new int[1])[0]++;
          }
        });
  }

  /** Sets the as-of date rules can read. */
  public void asOf(AsOf asOf) {
    if (asOfHandle == null) {
      asOfHandle = session.insert(asOf);
    } else {
      session.update(asOfHandle, asOf);
    }
  }

  /**
   * Inserts the catalog's commitments, so that rules can read criteria as data, and prepares the
   * series of the measures its criteria read. Call it once, before inserting evidence.
   */
  public void insertCatalog(Catalog catalog) {
    this.catalog = catalog;
    catalog.commitments().forEach(session::insert);
    insertedSinceFire += catalog.commitments().size();
    for (Commitment c : catalog.commitments()) {
      agreementDates.put(
          c.id(), catalog.agreement(c.agreement()).map(Agreement::date).orElse(LocalDate.MIN));
      for (Criterion cr : c.criteria()) {
        if (cr.measure() != null) {
          SeriesKey key = new SeriesKey(cr.measure().measure(), cr.measure().party());
          series
              .computeIfAbsent(key, k -> new Series(catalog.measure(k.measure()).orElseThrow()))
              .readers
              .add(new Reader(c, cr));
        }
      }
    }
  }

  /**
   * The day the commitment's agreement was made: evidence of what occurred before it is a baseline,
   * never delivery.
   */
  public LocalDate agreementDate(String commitment) {
    return agreementDates.getOrDefault(commitment, LocalDate.MIN);
  }

  /**
   * Whether the item occurred before the agreement of the commitment: a baseline for it, never
   * delivery.
   */
  public boolean baseline(String commitment, Evidence e) {
    return e.occurredOn().isBefore(agreementDate(commitment));
  }

  /**
   * Inserts an item. Its id must not be in working memory already (callers check ids first), and
   * {@link #delete} must be given this same instance: handles are found by identity, so that
   * working memory keeps no map of its own from ids to handles.
   */
  public void insert(Evidence e) {
    insertedSinceFire++;
    session.insert(e);
    for (String c : e.commitments()) {
      join(c, e);
    }
    Series s = seriesOf(e);
    if (s != null) {
      s.figures.add(e);
      changed(s);
    }
  }

  /**
   * The item joins the group of its kind and stance for this commitment, unless it is a baseline
   * for it.
   */
  private void join(String commitment, Evidence e) {
    if (!baseline(commitment, e)) {
      Group group =
          groups.computeIfAbsent(
              new GroupKey(commitment, e.kind(), e.stance()), k -> new Group(commitment));
      group.items.add(e);
      changed(group);
    }
    dirty.add(commitment);
  }

  private void leave(String commitment, Evidence e) {
    GroupKey key = new GroupKey(commitment, e.kind(), e.stance());
    Group group = groups.get(key);
    if (group != null && group.items.remove(e)) {
      changed(group);
      if (group.items.isEmpty()) {
        groups.remove(key);
      }
    }
    dirty.add(commitment);
  }

  private Series seriesOf(Evidence e) {
    return e.figure() == null
        ? null
        : series.get(new SeriesKey(e.figure().measure(), e.figure().party()));
  }

  /** Deletes an item inserted earlier (the same instance); false if it is not in working memory. */
  public boolean delete(Evidence e) {
    FactHandle handle = session.getFactHandle(e);
    if (handle == null) {
      return false;
    }
    retractions++;
    for (String c : e.commitments()) {
      leave(c, e);
      standing.computeIfAbsent(c, k -> new Standing()).retractions++;
    }
    Series s = seriesOf(e);
    if (s != null && s.figures.remove(e)) {
      changed(s);
    }
    // Routes to other commitments are retracted with the item, and leave their groups then.
    session.delete(handle);
    return true;
  }

  private void changed(Series s) {
    if (!s.changed) {
      s.changed = true;
      changedSeries.add(s);
    }
  }

  /**
   * Inserts, replaces or deletes the trend of every criterion whose series changed since the last
   * fire.
   */
  private void flushTrends() {
    for (Series s : changedSeries) {
      s.changed = false;
      for (Reader r : s.readers) {
        MeasureTrend t =
            Trends.trend(
                r.commitment.id(),
                r.criterion,
                s.measure,
                agreementDate(r.commitment.id()),
                s.figures);
        if (t == null) {
          if (r.handle != null) {
            session.delete(r.handle);
            r.handle = null;
          }
        } else if (r.handle == null) {
          r.handle = session.insert(t);
          insertedSinceFire++;
        } else {
          session.update(r.handle, t);
        }
        dirty.add(r.commitment.id());
      }
    }
    changedSeries.clear();
  }

  private void changed(Group group) {
    if (!group.changed) {
      group.changed = true;
      changedGroups.add(group);
    }
  }

  /**
   * Inserts, replaces or deletes the group fact of every group whose items changed since the last
   * fire.
   */
  private void flushGroups() {
    for (Group group : changedGroups) {
      group.changed = false;
      if (group.items.isEmpty()) {
        if (group.handle != null) {
          session.delete(group.handle);
          group.handle = null;
        }
      } else if (group.handle == null) {
        group.handle = session.insert(group.items.build());
        insertedSinceFire++;
      } else {
        session.update(group.handle, group.items.build());
      }
    }
    changedGroups.clear();
  }

  /**
   * Fires the rules to quiescence. Throws {@code rule_runtime_error} naming the rule if a
   * consequence throws, and {@code firing_limit_exceeded} naming the busiest rules if the limit is
   * reached; the session must then be discarded.
   */
  public void fire() {
    firings.clear();
    flushTrends();
    flushGroups();
    long limit = firingLimit > 0 ? firingLimit : scaledLimit(insertedSinceFire);
    insertedSinceFire = 0;
    long fired = 0;
    // Armed until the rules are done; the alarm disarms it and halts the session. Whoever disarms
    // first decides: past the limit, the session is discarded (the call fails), so a halt that
    // lands late cannot silence a later call.
    // Nothing is allocated or scheduled without a time limit: fire() runs on every monitor update.
    java.util.concurrent.atomic.AtomicBoolean armed =
        timeLimit == null ? null : new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ScheduledFuture<?> alarm =
        timeLimit == null
            ? null
            : TIMER.schedule(
                () -> {
                  if (armed.compareAndSet(true, false)) {
                    session.halt();
                  }
                },
                timeLimit.toNanos(),
                java.util.concurrent.TimeUnit.NANOSECONDS);
    boolean timedOut;
    try {
      fired = fireToQuiescence(limit, armed);
    } finally {
      timedOut = alarm != null && !armed.compareAndSet(true, false);
      if (alarm != null) {
        alarm.cancel(false);
      }
    }
    if (timedOut) {
      throw timeLimitExceeded(fired);
    }
    if (fired > limit) {
      throw PledgewatchException.of(
          ErrorCode.FIRING_LIMIT_EXCEEDED,
          Location.rule(busiest()),
          "the rules fired more than the limit of "
              + limit
              + " times in one evaluation; most firings: "
              + topFirings()
              + ". A rule that inserts facts its own conditions match loops forever; raise the limit with firingLimit(n) only if the rules need it");
    }
  }

  /** Fires until no group changes; {@code armed}, if given, goes false when time is up. */
  private long fireToQuiescence(long limit, java.util.concurrent.atomic.AtomicBoolean armed) {
    long fired = 0;
    // Routing rules move items into other commitments' groups while the rules fire: fire again
    // until no group changes.
    do {
      flushGroups();
      try {
        fired += session.fireAllRules((int) Math.min(Integer.MAX_VALUE - 1L, limit + 1 - fired));
      } catch (ConsequenceException e) {
        throw consequenceError(e.getMatch(), e.getCause() == null ? e : e.getCause());
      } catch (StackOverflowError | AssertionError | LinkageError e) {
        // Drools hands a consequence's exceptions to its handler but lets an Error through, raw.
        // These are the rule's own failures (a recursion without end, an assert); the machine's
        // (OutOfMemoryError, InternalError) still propagate. The session is discarded either way.
        org.kie.api.runtime.rule.Match m = firing;
        firing = null;
        if (m == null) {
          throw new PledgewatchException(
              ErrorCode.RULE_RUNTIME_ERROR,
              List.of(
                  new org.pledgewatch.Problem(
                      ErrorCode.RULE_RUNTIME_ERROR,
                      Location.NONE,
                      "the rules failed: " + e.getClass().getSimpleName())),
              e);
        }
        throw consequenceError(m, e);
      } catch (RuntimeException e) {
        throw PledgewatchException.of(
            ErrorCode.RULE_RUNTIME_ERROR, Location.NONE, "the rules failed: " + e);
      }
      if (!ruleErrors.isEmpty()) {
        throw ruleErrors.get(0);
      }
      if (armed != null && !armed.get()) {
        return fired;
      }
    } while (!changedGroups.isEmpty() && fired <= limit);
    return fired;
  }

  private PledgewatchException timeLimitExceeded(long fired) {
    return PledgewatchException.of(
        ErrorCode.TIME_LIMIT_EXCEEDED,
        Location.rule(busiest()),
        "the rules fired for longer than the time limit of "
            + timeLimit.toMillis()
            + " ms in one evaluation ("
            + fired
            + " firings; most firings: "
            + topFirings()
            + ")");
  }

  /**
   * The default limit: a million firings, plus twenty per fact inserted, so that large inputs are
   * not mistaken for loops.
   */
  public static long scaledLimit(long facts) {
    return 1_000_000L + 20L * facts;
  }

  private PledgewatchException consequenceError(
      org.kie.api.runtime.rule.Match match, Throwable cause) {
    String rule = match == null ? "?" : match.getRule().getName();
    List<String> matched = new ArrayList<>();
    Set<String> commitments = new LinkedHashSet<>();
    if (match != null) {
      for (Object o : match.getObjects()) {
        if (o instanceof Evidence ev) {
          matched.add(ev.id());
          commitments.addAll(ev.commitments());
        }
      }
    }
    String pledge = match == null ? null : RuleCompiler.meta(match.getRule(), "pledge");
    if (pledge != null) {
      commitments.add(pledge);
    }
    return new PledgewatchException(
        ErrorCode.RULE_RUNTIME_ERROR,
        List.of(
            new org.pledgewatch.Problem(
                ErrorCode.RULE_RUNTIME_ERROR,
                Location.rule(rule),
                "the consequence threw "
                    + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + (commitments.isEmpty()
                        ? ""
                        : "; commitment " + String.join(", ", commitments))
                    + (matched.isEmpty() ? "" : "; evidence " + String.join(", ", matched)))),
        cause);
  }

  private String busiest() {
    return firings.entrySet().stream()
        .max(java.util.Comparator.comparingInt(en -> en.getValue()[0]))
        .map(en -> en.getKey().getName())
        .orElse("?");
  }

  private String topFirings() {
    return firings.entrySet().stream()
        .sorted(
            java.util.Comparator.comparingInt((Map.Entry<Rule, int[]> en) -> en.getValue()[0])
                .reversed())
        .limit(3)
        .map(en -> "'" + en.getKey().getName() + "' " + en.getValue()[0])
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  /**
   * The findings and set-asides standing now for one commitment, or null if none ever stood and
   * none of its items left.
   */
  public Standing standing(String commitment) {
    return standing.get(commitment);
  }

  /** Whether any finding stands for this commitment. */
  public boolean hasFindings(String commitment) {
    Standing st = standing.get(commitment);
    return st != null && !st.findings.isEmpty();
  }

  /**
   * Counts the evidence items that left working memory. While it is unchanged, every item a
   * standing finding was seen citing is still there, unchanged.
   */
  public long retractions() {
    return retractions;
  }

  /** A rule that derived a finding for this commitment, for error messages. */
  public String anyFindingRule(String commitment) {
    Standing st = standing.get(commitment);
    return st == null
        ? "?"
        : st.findings.values().stream().findFirst().map(Derived::rule).orElse("?");
  }

  /**
   * What the rules derived for one commitment and still stands, each fact with the rule that
   * derived it, and how many of the commitment's items left working memory.
   */
  public static final class Standing {
    final Map<Finding, Derived<Finding>> findings = new HashMap<>(4);
    final Map<SetAside, Derived<SetAside>> setAsides = new HashMap<>(4);

    /**
     * Items routing rules say bear on this commitment, beyond those naming it, by id: each standing
     * route with the rule that derived it.
     */
    final Map<String, Map<Route, String>> routed = new java.util.TreeMap<>();

    private long retractions;

    /**
     * Moved by every finding that comes or goes: while it is unchanged, the same findings stand.
     */
    private long version;

    /** What the findings gave at the last assessment; see {@link Assessor} for when it holds. */
    Assessor.Kept kept;

    /** Changes whenever a finding comes or goes. */
    public long version() {
      return version;
    }

    /** The items routed to this commitment by rules, in id order, each with the rules' reasons. */
    public List<Routed> routed() {
      List<Routed> out = new ArrayList<>(routed.size());
      routed
          .values()
          .forEach(
              routes ->
                  out.add(
                      new Routed(
                          routes.keySet().iterator().next().evidence(),
                          routes.entrySet().stream()
                              .map(en -> en.getKey().reason() + " (rule '" + en.getValue() + "')")
                              .sorted()
                              .toList())));
      return out;
    }

    /**
     * Counts this commitment's items that left working memory: while it is unchanged, every item of
     * this commitment a standing finding was seen citing is still there. {@link
     * WorkingMemory#retractions()} counts items of every commitment.
     */
    public long retractions() {
      return retractions;
    }

    /** The findings, each with its rule. */
    public List<Derived<Finding>> findings() {
      return findings.isEmpty() ? List.of() : List.copyOf(findings.values());
    }

    /** The set-asides, each with its rule. */
    public List<Derived<SetAside>> setAsides() {
      return setAsides.isEmpty() ? List.of() : List.copyOf(setAsides.values());
    }
  }

  /** Whether rules routed this item to any commitment. */
  public boolean routed(Evidence e) {
    return routedTo.containsKey(e.id());
  }

  /** Commitments whose evidence or findings changed since the last call; clears the set. */
  public Set<String> takeDirty() {
    Set<String> out = dirty;
    dirty = new LinkedHashSet<>();
    return out;
  }

  public void dispose() {
    session.dispose();
  }

  @Override
  public void close() {
    dispose();
  }

  private record GroupKey(String commitment, String kind, Stance stance) {}

  /**
   * One group's items, kept by a {@link GroupBuilder}, and the handle of its current fact. Identity
   * equality.
   */
  private static final class Group {
    final GroupBuilder items;
    FactHandle handle;
    boolean changed;

    Group(String commitment) {
      items = new GroupBuilder(commitment);
    }
  }

  private record SeriesKey(String measure, String party) {}

  /**
   * The visible figures of one (measure, party), and the criteria that read them. Identity
   * equality.
   */
  private static final class Series {
    final org.pledgewatch.model.Measure measure;
    final List<Evidence> figures = new ArrayList<>();
    final List<Reader> readers = new ArrayList<>(1);
    boolean changed;

    Series(org.pledgewatch.model.Measure measure) {
      this.measure = measure;
    }
  }

  /** A criterion that reads a series, and the handle of its current trend fact. */
  private static final class Reader {
    final Commitment commitment;
    final Criterion criterion;
    FactHandle handle;

    Reader(Commitment commitment, Criterion criterion) {
      this.commitment = commitment;
      this.criterion = criterion;
    }
  }

  /**
   * An item routing rules say bears on a commitment it does not name, with their reasons.
   *
   * @param evidence the item
   * @param reasons why, one per route, in the order routed
   */
  public record Routed(Evidence evidence, List<String> reasons) {}

  /** A derived fact and the rule that derived it, one per fact while it stands. */
  public static final class Derived<T> {
    private final T fact;
    private final String rule;

    /**
     * Its commitment's retraction count when a rule derived it, or -1: while the count is
     * unchanged, the items of that commitment the rule built it from (facts then) are all still
     * there.
     */
    final long derivedAt;

    public Derived(T fact, String rule) {
      this(fact, rule, -1);
    }

    Derived(T fact, String rule, long derivedAt) {
      this.fact = java.util.Objects.requireNonNull(fact, "fact");
      this.rule = java.util.Objects.requireNonNull(rule, "rule");
      this.derivedAt = derivedAt;
    }

    public T fact() {
      return fact;
    }

    public String rule() {
      return rule;
    }

    @Override
    public String toString() {
      return fact + " (rule '" + rule + "')";
    }
  }

  private final class Tracker implements RuleRuntimeEventListener {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      Object o = event.getObject();
      Rule rule = event.getRule();
      String by = rule == null ? "(inserted by the host)" : rule.getName();
      if (o instanceof Finding f) {
        checkMetadata(f, rule);
        Standing st = standing.computeIfAbsent(f.commitment(), k -> new Standing());
        if (st.findings.putIfAbsent(f, new Derived<>(f, by, rule == null ? -1 : st.retractions))
            == null) {
          st.version++;
        }
        dirty.add(f.commitment());
      } else if (o instanceof SetAside s) {
        standing
            .computeIfAbsent(s.commitment(), k -> new Standing())
            .setAsides
            .putIfAbsent(s, new Derived<>(s, by));
        dirty.add(s.commitment());
      } else if (o instanceof Route r) {
        routed(r, by);
      }
    }

    private void routed(Route r, String by) {
      Evidence e = r.evidence();
      if (catalog != null && catalog.commitment(r.commitment()).isEmpty()) {
        ruleErrors.add(
            PledgewatchException.of(
                ErrorCode.RULE_RUNTIME_ERROR,
                Location.rule(by),
                "routed evidence '"
                    + e.id()
                    + "' to commitment '"
                    + r.commitment()
                    + "', which the catalog does not have"));
        return;
      }
      if (e.bearsOn(r.commitment())) {
        return;
      }
      Map<Route, String> routes =
          standing
              .computeIfAbsent(r.commitment(), k -> new Standing())
              .routed
              .computeIfAbsent(e.id(), k -> new HashMap<>(2));
      routes.put(r, by);
      if (routes.size() == 1) {
        routedTo.computeIfAbsent(e.id(), k -> new java.util.TreeSet<>()).add(r.commitment());
        join(r.commitment(), e);
      }
      dirty.add(r.commitment());
    }

    private void unrouted(Route r) {
      Evidence e = r.evidence();
      Standing st = standing.get(r.commitment());
      Map<Route, String> routes = st == null ? null : st.routed.get(e.id());
      if (routes == null || routes.remove(r) == null) {
        return;
      }
      if (routes.isEmpty()) {
        st.routed.remove(e.id());
        Set<String> to = routedTo.get(e.id());
        if (to != null && to.remove(r.commitment()) && to.isEmpty()) {
          routedTo.remove(e.id());
        }
        leave(r.commitment(), e);
      }
      dirty.add(r.commitment());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      // Findings and set-asides are immutable records; nothing to follow.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      Object o = event.getOldObject();
      if (o instanceof Finding f) {
        Standing st = standing.get(f.commitment());
        if (st != null && st.findings.remove(f) != null) {
          st.version++;
        }
        dirty.add(f.commitment());
      } else if (o instanceof SetAside s) {
        Standing st = standing.get(s.commitment());
        if (st != null) {
          st.setAsides.remove(s);
        }
        dirty.add(s.commitment());
      } else if (o instanceof Route r) {
        unrouted(r);
      }
    }

    private void checkMetadata(Finding f, Rule rule) {
      if (rule == null) {
        return;
      }
      String pledge = RuleCompiler.meta(rule, "pledge");
      String criterion = RuleCompiler.meta(rule, "criterion");
      if (pledge != null && !pledge.equals(f.commitment())) {
        ruleErrors.add(
            PledgewatchException.of(
                ErrorCode.RULE_RUNTIME_ERROR,
                Location.rule(rule.getName()),
                "the rule's @pledge is '"
                    + pledge
                    + "', but it derived a finding for commitment '"
                    + f.commitment()
                    + "'"));
      }
      if (criterion != null && !criterion.equals(f.criterion())) {
        ruleErrors.add(
            PledgewatchException.of(
                ErrorCode.RULE_RUNTIME_ERROR,
                Location.rule(rule.getName()),
                "the rule's @criterion is '"
                    + criterion
                    + "', but it derived a finding for criterion '"
                    + f.criterion()
                    + "'"));
      }
    }
  }
}
