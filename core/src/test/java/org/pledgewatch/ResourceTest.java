package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.Fixture.DUE;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Stance;
import org.pledgewatch.report.ReportWriter;

/** No sessions or heap left behind, and a monitor shared by threads loses nothing. */
class ResourceTest {
  static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  @Test
  void a100kEvaluationsLeaveNoSessionAndNoHeapBehind() throws Exception {
    EvidenceSet evidence =
        ConcurrencyAndMonitorTest.INPUTS.get(2).plus(ConcurrencyAndMonitorTest.INPUTS.get(3));
    for (int i = 0; i < 2_000; i++) {
      engine().evaluate(catalog(), evidence, DUE);
    }
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    for (int i = 0; i < 100_000; i++) {
      engine().evaluate(catalog(), evidence, DUE);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    long growth = usedHeapAfterGc() - before;
    System.out.printf("100k evaluations in %d ms; heap growth %d KB%n", ms, growth / 1024);
    assertThat(engine().openSessions()).isZero();
    // A session left behind holds tens of kilobytes; 100k of them would be gigabytes.
    assertThat(growth).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
  }

  @Test
  void buildingAndDiscardingEnginesDoesNotGrowTheHeap() throws Exception {
    String drl =
        """
        package churn;
        import org.pledgewatch.model.*;
        import org.pledgewatch.facts.*;
        rule "p-statement: issued" @pledge("p-statement") @criterion("issued")
        when $e : Evidence(commitments contains "p-statement") then insertLogical(Finding.satisfied("p-statement", "issued", $e)); end
        """;
    for (int i = 0; i < 20; i++) {
      ComplianceEngine.builder()
          .allowUncoveredCriteria()
          .addRules("churn.drl", drl)
          .build()
          .evaluate(catalog(), EvidenceSet.empty(), DUE);
    }
    long before = usedHeapAfterGc();
    for (int i = 0; i < 200; i++) {
      ComplianceEngine.builder()
          .allowUncoveredCriteria()
          .addRules("churn.drl", drl)
          .build()
          .evaluate(catalog(), EvidenceSet.empty(), DUE);
    }
    long growth = usedHeapAfterGc() - before;
    System.out.printf("200 engines built and discarded; heap growth %d KB%n", growth / 1024);
    // A knowledge base kept in a global repository is hundreds of kilobytes; 200 would show.
    assertThat(growth).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
  }

  @Test
  void aMonitorSharedByEightThreadsLosesNoEvidence() throws Exception {
    org.pledgewatch.model.Source official =
        Fixture.source("s-off", org.pledgewatch.model.SourceType.OFFICIAL, Fixture.MEETING);
    List<EvidenceSet> batches = new ArrayList<>();
    List<org.pledgewatch.model.Evidence> all = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      for (int i = 0; i < 25; i++) {
        String commitment = (t + i) % 2 == 0 ? "p-statement" : "p-group";
        String kind = commitment.equals("p-statement") ? "statement-issued" : "meeting-held";
        var item =
            Fixture.item(
                "e-" + t + "-" + i,
                commitment,
                kind,
                i % 7 == 0 ? Stance.CONTRADICTS : Stance.SUPPORTS,
                official,
                Fixture.MEETING,
                "US",
                "MX");
        batches.add(Fixture.set(item));
        all.add(item);
      }
    }
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          final int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 25; i++) {
                      monitor.add(batches.get(thread * 25 + i));
                    }
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(monitor.size()).isEqualTo(200);
      EvidenceSet everything = new EvidenceSet(List.of(official), all);
      assertThat(ReportWriter.json(monitor.report()))
          .isEqualTo(ReportWriter.json(engine().evaluate(catalog(), everything, DUE)));
    }
  }
}
