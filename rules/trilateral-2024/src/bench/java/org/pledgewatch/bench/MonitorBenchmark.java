package org.pledgewatch.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.pledgewatch.Change;
import org.pledgewatch.Monitor;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.Stance;

/**
 * A monitor holding 100k or 1M items takes one more and reports the verdicts that changed: time per
 * item.
 *
 * <p>The monitor holds the same number of items at every call. The workload has {@value #OUT} more
 * items than that, kept out in a queue. Before each call, outside the timed region, one item picked
 * at random is retracted and joins the back of the queue; the call adds the item at the front, out
 * since {@value #OUT} calls earlier. So the call meets what a stream meets: a commitment nothing
 * touched for a while, and working memory that also sees retractions. (A monitor that only grew
 * took some 300,000 items during a run, so the last calls were timed at 1.3M items with every
 * commitment's groups twice their size; adding back the item just retracted was timed on caches the
 * retraction had warmed, three times faster.)
 *
 * <ul>
 *   <li>{@code addOneItem}: items drawn from the whole workload, so the stream looks like the
 *       evidence: most items irrelevant to any criterion, some supporting, some contradicting, some
 *       published after the as-of date.
 *   <li>{@code addOneRelevantItem}: only items that support a criterion of their commitment and are
 *       published by the as-of date come and go, so that every call re-derives a finding: the worst
 *       case.
 *   <li>{@code addOneItemAndExplain}: as {@code addOneItem}, then reads the new explanation of the
 *       item's commitment (explanations are built when first read), as a host that displays it on
 *       every update would.
 * </ul>
 *
 * <p>Building the item's {@link EvidenceSet} (which validates it) is the host's cost and happens
 * outside the timed region.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonitorBenchmark {
  /** How many items are out of the monitor at any time. */
  static final int OUT = 10_000;

  @Param({"100000", "1000000"})
  public int evidence;

  Workload workload;
  Monitor monitor;

  /**
   * The items that may come and go, those in the monitor now (in any order) and those out (oldest
   * first).
   */
  final List<Evidence> in = new ArrayList<>();

  final ArrayDeque<Evidence> out = new ArrayDeque<>();
  Map<String, Source> sources;
  final Random random = new Random(7);
  EvidenceSet item;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    setUp(params.getBenchmark().endsWith(".addOneRelevantItem"));
  }

  /**
   * Loads the monitor and readies the items that come and go: every item, or only {@linkplain
   * #relevant relevant} ones.
   */
  void setUp(boolean relevantOnly) {
    workload = Workload.generate(42, 10_000, evidence + OUT + 1);
    monitor = FloorAgreesWithEngineTest.engine().monitor(workload.catalog(), workload.asOf());
    monitor.add(workload.evidence());
    for (Evidence e : workload.evidence().evidence()) {
      if (!relevantOnly || relevant(e)) {
        in.add(e);
      }
    }
    List<String> gone = new ArrayList<>();
    for (int i = 0; i <= OUT; i++) {
      Evidence e = takeAtRandom();
      out.add(e);
      gone.add(e.id());
    }
    monitor.retract(gone);
    sources = new HashMap<>();
    workload.evidence().sources().forEach(s -> sources.put(s.id(), s));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    monitor.close();
  }

  /** Retracts one item at random and readies the oldest item out, for the timed call to add. */
  @Setup(Level.Invocation)
  public void prepareItem() {
    Evidence next = out.poll();
    Evidence gone = takeAtRandom();
    monitor.retract(List.of(gone.id()));
    out.add(gone);
    in.add(next);
    List<Source> cited = new ArrayList<>();
    for (Source s = next.source();
        s != null;
        s = s.derivedFrom() == null ? null : sources.get(s.derivedFrom())) {
      cited.add(s);
    }
    item = new EvidenceSet(cited, List.of(next));
  }

  /**
   * Whether an item supports a criterion of its commitment and is published by the as-of date: it
   * re-derives a finding.
   */
  boolean relevant(Evidence e) {
    Commitment c = workload.catalog().commitment(e.commitments().get(0)).orElseThrow();
    return e.stance() == Stance.SUPPORTS
        && e.publishedBy(workload.asOf())
        && c.criteria().stream().map(Criterion::evidenceKinds).anyMatch(k -> k.contains(e.kind()));
  }

  private Evidence takeAtRandom() {
    int at = random.nextInt(in.size());
    Evidence e = in.get(at);
    in.set(at, in.get(in.size() - 1));
    in.remove(in.size() - 1);
    return e;
  }

  @TearDown(Level.Iteration)
  public void checkSize() {
    if (monitor.size() != evidence) {
      throw new IllegalStateException(
          "the monitor holds " + monitor.size() + " items, not " + evidence);
    }
  }

  @Benchmark
  public List<Change> addOneItem() {
    return monitor.add(item);
  }

  @Benchmark
  public List<Change> addOneRelevantItem() {
    return monitor.add(item);
  }

  @Benchmark
  public long addOneItemAndExplain() {
    long n = monitor.add(item).size();
    return n
        + monitor
            .assessment(item.evidence().get(0).commitments().get(0))
            .explanation()
            .evidence()
            .size();
  }
}
