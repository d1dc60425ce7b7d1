package org.pledgewatch.bench;

import org.pledgewatch.ComplianceEngine;

/** Rough timings, for finding where the time goes; the benchmarks are the measurement. */
public final class Probe {
  public static void main(String[] args) {
    int items = Integer.parseInt(args[0]);
    long t0 = System.nanoTime();
    Workload w = Workload.generate(42, 10_000, items);
    long t1 = System.nanoTime();
    ComplianceEngine engine = FloorAgreesWithEngineTest.engine();
    for (int i = 0; i < 3; i++) {
      long a = System.nanoTime();
      var r = engine.evaluate(w.catalog(), w.evidence(), w.asOf());
      long b = System.nanoTime();
      var f = Floor.evaluate(w.catalog(), w.evidence().evidence(), w.asOf());
      long c = System.nanoTime();
      System.out.printf("generate %d ms; engine %d ms; floor %d ms; equal=%s%n", (t1 - t0) / 1_000_000, (b - a) / 1_000_000, (c - b) / 1_000_000,
          r.assessments().equals(f));
    }
  }
}
