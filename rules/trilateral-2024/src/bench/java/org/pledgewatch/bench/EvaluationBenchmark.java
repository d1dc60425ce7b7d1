package org.pledgewatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;

/**
 * Full evaluation: 10k commitments, 100k or 1M evidence items; the engine against the hand-written
 * floor. Both read every explanation, as a report does: explanations are built when first read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {
  @Param({"100000", "1000000"})
  public int evidence;

  Workload workload;
  ComplianceEngine engine;

  @Setup
  public void setUp() {
    workload = Workload.generate(42, 10_000, evidence);
    engine = FloorAgreesWithEngineTest.engine();
    List<Assessment> byEngine =
        engine.evaluate(workload.catalog(), workload.evidence(), workload.asOf()).assessments();
    List<Assessment> byFloor =
        Floor.evaluate(workload.catalog(), workload.evidence().evidence(), workload.asOf());
    if (!byEngine.equals(byFloor)) {
      throw new IllegalStateException(
          "the engine and the floor disagree at " + evidence + " items: nothing is timed");
    }
  }

  @Benchmark
  public long engine() {
    return explained(
        engine.evaluate(workload.catalog(), workload.evidence(), workload.asOf()).assessments());
  }

  @Benchmark
  public long floor() {
    return explained(
        Floor.evaluate(workload.catalog(), workload.evidence().evidence(), workload.asOf()));
  }

  /** Reads every explanation, so that it is built; returns a count the benchmark consumes. */
  static long explained(List<Assessment> assessments) {
    long n = 0;
    for (Assessment a : assessments) {
      n += a.explanation().evidence().size() + a.explanation().setAside().size();
    }
    return n;
  }
}
