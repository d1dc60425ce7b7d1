package org.pledgewatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pledgewatch.facts.AsOf;
import org.pledgewatch.internal.EvidenceCheck;
import org.pledgewatch.internal.WorkingMemory;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;

/**
 * Verdicts kept up to date as evidence arrives: add or retract evidence and get back the verdicts
 * that changed. Rete does the incremental work, so one more item costs microseconds, not a full
 * evaluation.
 *
 * <p>Thread-safe: calls are serialised. A call that fails (bad evidence, a rule that throws)
 * changes nothing: the monitor is as it was before the call. Close it to release its session.
 */
public final class Monitor implements AutoCloseable {
  private final ComplianceEngine engine;
  private final Catalog catalog;
  private final Map<String, Source> sources = new LinkedHashMap<>();

  /**
   * Every item by id, published or not; the snapshot reads this map rather than keeping its own.
   */
  private final Map<String, Evidence> evidence = new HashMap<>();

  /** The current assessment of each commitment. */
  private Map<String, Assessment> assessments = new HashMap<>();

  /**
   * The evidence as a set, built by the first report after a change and kept until the next: the
   * engine remembers the fingerprint of the set it last reported on, so repeated reports of
   * unchanged evidence neither copy nor hash a million items again.
   */
  private EvidenceSet reported;

  private LocalDate asOf;
  private WorkingMemory memory;
  private Snapshot snapshot;
  private boolean closed;

  /** The OutOfMemoryError a call failed with: the monitor is unusable from then on. */
  private OutOfMemoryError broken;

  Monitor(ComplianceEngine engine, Catalog catalog, LocalDate asOf) {
    this.engine = engine;
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    engine.checkCoverage(catalog);
    rebuild();
  }

  /**
   * Adds a batch of evidence. The batch is a self-contained {@link EvidenceSet}: it includes the
   * sources its items cite (a source the monitor already has may be repeated, unchanged).
   *
   * @return the verdicts that changed, by commitment id
   * @throws PledgewatchException if an item's id is already present, a source differs from the one
   *     the monitor has, or the evidence does not fit the catalog; nothing is added
   */
  public synchronized List<Change> add(EvidenceSet batch) {
    ensureOpen();
    List<Problem> problems = new ArrayList<>();
    for (Source s : batch.sources()) {
      Source known = sources.get(s.id());
      if (known != null && !known.equals(s)) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.source(s.id()),
                "differs from the source of that id the monitor already has"));
      }
    }
    for (Evidence e : batch.evidence()) {
      if (evidence.containsKey(e.id())) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.evidence(e.id()),
                "the monitor already has an item with this id; retract it first to replace it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_EVIDENCE, problems);
    }
    List<Evidence> items = EvidenceCheck.checkAll(catalog, batch.evidenceById());
    Set<String> touched = new LinkedHashSet<>();
    items.forEach(e -> touched.addAll(e.commitments()));
    return apply(
        touched,
        () -> {
          batch.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
          for (Evidence e : items) {
            evidence.put(e.id(), e);
            snapshot.add(e);
            if (e.publishedBy(asOf)) {
              memory.insert(e);
            }
          }
        },
        () -> {
          items.forEach(e -> evidence.remove(e.id()));
          batch.sources().stream()
              .filter(s -> !usedSource(s.id()))
              .forEach(s -> sources.remove(s.id()));
        });
  }

  /**
   * Retracts evidence by id; conclusions that rested on it are retracted with it.
   *
   * @throws PledgewatchException {@code invalid_evidence} if an id is not present; nothing is
   *     retracted
   */
  public synchronized List<Change> retract(Collection<String> evidenceIds) {
    ensureOpen();
    List<Problem> problems = new ArrayList<>();
    for (String id : evidenceIds) {
      if (!evidence.containsKey(id)) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.evidence(id),
                "cannot retract: the monitor has no item with this id"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_EVIDENCE, problems);
    }
    List<Evidence> removed = evidenceIds.stream().distinct().map(evidence::get).toList();
    Set<String> touched = new LinkedHashSet<>();
    removed.forEach(e -> touched.addAll(e.commitments()));
    return apply(
        touched,
        () -> {
          for (Evidence e : removed) {
            evidence.remove(e.id());
            snapshot.remove(e);
            memory.delete(e);
          }
        },
        () -> removed.forEach(e -> evidence.put(e.id(), e)));
  }

  /**
   * Moves the as-of date; evidence published by then appears, evidence published after it
   * disappears.
   */
  public synchronized List<Change> advanceTo(LocalDate newAsOf) {
    ensureOpen();
    Objects.requireNonNull(newAsOf, "newAsOf");
    LocalDate previous = asOf;
    asOf = newAsOf;
    try {
      Map<String, Assessment> before = assessments;
      rebuild();
      return diff(before, assessments, catalog.commitmentIndex().keySet());
    } catch (OutOfMemoryError e) {
      broken = e;
      throw e;
    } catch (RuntimeException | Error e) {
      asOf = previous;
      rebuild();
      throw e;
    }
  }

  /** The current verdicts as a report. */
  public synchronized Report report() {
    ensureOpen();
    if (reported == null) {
      // The sources the items cite, and those they derive from: a retracted item's source stays
      // known to the monitor (a later item may cite it again) but is not part of the evidence
      // reported on.
      Set<String> cited = new java.util.HashSet<>();
      for (Evidence e : evidence.values()) {
        for (String id = e.source().id(); id != null && cited.add(id); ) {
          Source s = sources.get(id);
          id = s == null ? null : s.derivedFrom();
        }
      }
      reported =
          new EvidenceSet(
              sources.values().stream().filter(s -> cited.contains(s.id())).toList(),
              List.copyOf(evidence.values()));
    }
    return engine.report(catalog, reported, asOf, snapshot, memory, assessments::get);
  }

  /** The current assessment of one commitment. */
  public synchronized Assessment assessment(String commitmentId) {
    ensureOpen();
    Assessment a = assessments.get(commitmentId);
    if (a == null) {
      throw PledgewatchException.of(
          ErrorCode.UNKNOWN_COMMITMENT,
          Location.commitment(commitmentId),
          "the monitor's catalog has no commitment '" + commitmentId + "'");
    }
    return a;
  }

  /** How many evidence items the monitor holds, published or not. */
  public synchronized int size() {
    return evidence.size();
  }

  public synchronized LocalDate asOf() {
    return asOf;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      memory.dispose();
    }
  }

  private boolean usedSource(String sourceId) {
    return evidence.values().stream().anyMatch(e -> e.source().id().equals(sourceId));
  }

  /**
   * Applies a change, fires the rules and reassesses the commitments whose evidence or findings
   * changed: those the rules touched, and those in {@code touched} (an item published after the
   * as-of date never reaches the rules, but its commitment's explanation lists it).
   */
  private List<Change> apply(Set<String> touched, Runnable change, Runnable undo) {
    reported = null;
    try {
      change.run();
      memory.fire();
      Set<String> dirty = new LinkedHashSet<>(memory.takeDirty());
      dirty.addAll(touched);
      Map<String, Assessment> fresh = snapshot.assess(catalog, dirty, memory);
      List<Change> changes = diff(assessments, fresh, fresh.keySet());
      assessments.putAll(fresh);
      if (!changes.isEmpty()) {
        engine.listeners().forEach(l -> l.changed(changes));
      }
      return changes;
    } catch (OutOfMemoryError e) {
      // Nothing can be trusted to roll back without memory: the monitor is marked unusable.
      broken = e;
      throw e;
    } catch (RuntimeException | Error e) {
      undo.run();
      rebuild();
      throw e;
    }
  }

  private void rebuild() {
    if (memory != null) {
      memory.dispose();
    }
    memory = new WorkingMemory(engine.knowledgeBase(), engine.firingLimit(), engine.timeLimit());
    snapshot = Snapshot.over(evidence, asOf);
    memory.asOf(new AsOf(asOf));
    memory.insertCatalog(catalog);
    evidence.values().stream()
        .sorted(java.util.Comparator.comparing(Evidence::id))
        .forEach(
            e -> {
              snapshot.add(e);
              if (e.publishedBy(asOf)) {
                memory.insert(e);
              }
            });
    memory.fire();
    memory.takeDirty();
    assessments = snapshot.assess(catalog, catalog.commitmentIndex().keySet(), memory);
  }

  private static List<Change> diff(
      Map<String, Assessment> before, Map<String, Assessment> after, Collection<String> ids) {
    List<Change> changes = new ArrayList<>();
    for (String id : ids.stream().sorted().toList()) {
      Assessment a = before.get(id);
      Assessment b = after.get(id);
      Verdict was = a == null ? null : a.verdict();
      Verdict now = b == null ? null : b.verdict();
      if (!Objects.equals(was, now)) {
        changes.add(new Change(id, was, now, b));
      }
    }
    return changes;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this monitor is closed");
    }
    if (broken != null) {
      throw new IllegalStateException(
          "this monitor ran out of memory in an earlier call and cannot be trusted: close it and"
              + " open a new one",
          broken);
    }
  }
}
