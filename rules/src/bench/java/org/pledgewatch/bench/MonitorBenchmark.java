package org.pledgewatch.bench;

import java.util.List;
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
import org.pledgewatch.Change;
import org.pledgewatch.Monitor;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.Stance;

/**
 * A monitor holding 100k or 1M items takes one more and reports the verdicts that changed: time per
 * item. {@code addOneItemAndExplain} also reads the new explanation of the commitment the item is
 * about (explanations are built when first read), as a host that displays it on every update would.
 *
 * <p>The item is built before each call, outside the timed region: building an {@link Evidence}
 * and its one-item {@link EvidenceSet} (which validates it) is the host's cost, and took about a
 * tenth of the time measured when it was inside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonitorBenchmark {
  @Param({"100000", "1000000"})
  public int evidence;

  Workload workload;
  Monitor monitor;
  Source source;
  List<Commitment> commitments;
  int next;
  EvidenceSet item;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.generate(42, 10_000, evidence);
    monitor = FloorAgreesWithEngineTest.engine().monitor(workload.catalog(), workload.asOf());
    monitor.add(workload.evidence());
    source = workload.evidence().sources().get(0);
    commitments = workload.catalog().commitments();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    monitor.close();
  }

  @Setup(Level.Invocation)
  public void prepareItem() {
    item = nextItem();
  }

  @Benchmark
  public List<Change> addOneItem() {
    return monitor.add(item);
  }

  @Benchmark
  public long addOneItemAndExplain() {
    long n = monitor.add(item).size();
    return n + monitor.assessment(item.evidence().get(0).commitment()).explanation().evidence().size();
  }

  private EvidenceSet nextItem() {
    int i = next++;
    Commitment c = commitments.get((int) ((i * 7919L) % commitments.size()));
    String kind = c.criteria().get(i % 2).evidenceKinds().get(0);
    Evidence e = new Evidence("bench-" + i, c.id(), null, kind, Stance.SUPPORTS, List.of("US"), source.publishedOn(), null, source,
        "benchmark item " + i, null, List.of(), null);
    return new EvidenceSet(List.of(source), List.of(e));
  }
}
