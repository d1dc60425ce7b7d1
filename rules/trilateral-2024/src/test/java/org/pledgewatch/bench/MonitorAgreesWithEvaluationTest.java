package org.pledgewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Monitor;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.report.ReportWriter;

/**
 * A monitor fed the generated workload item by item and in batches, with retractions and items
 * added back, explains every commitment exactly as one evaluation of the evidence it ends with. The
 * workload's commitments gather several findings per criterion, each replaced whenever an item
 * joins or leaves its group: the path the monitor keeps readings of findings across updates.
 */
class MonitorAgreesWithEvaluationTest {
  @Test
  void aMonitorUpdatedItemByItemWithRetractionsMatchesOneEvaluation() {
    Workload w = Workload.generate(11, 200, 4_000);
    ComplianceEngine engine = FloorAgreesWithEngineTest.engine();
    Random random = new Random(11);
    List<Evidence> items = new ArrayList<>(w.evidence().evidence());
    Collections.shuffle(items, random);
    List<Evidence> held = new ArrayList<>();
    try (Monitor monitor = engine.monitor(w.catalog(), w.asOf())) {
      int i = 0;
      while (i < items.size()) {
        int n = i < 1_000 ? 1 : 1 + random.nextInt(50);
        List<Evidence> batch = items.subList(i, Math.min(items.size(), i + n));
        monitor.add(new EvidenceSet(w.evidence().sources(), batch));
        held.addAll(batch);
        i += n;
        if (held.size() > 3 && random.nextInt(4) == 0) {
          // Retract a few items; put some of them back later, unchanged.
          List<String> gone = new ArrayList<>();
          for (int k = 0; k < 3; k++) {
            gone.add(held.remove(random.nextInt(held.size())).id());
          }
          monitor.retract(gone);
        }
      }
      List<Evidence> missing = new ArrayList<>(items);
      missing.removeAll(held);
      assertThat(missing).isNotEmpty();
      List<Evidence> back = missing.subList(0, missing.size() / 2);
      for (Evidence e : back) {
        monitor.add(new EvidenceSet(w.evidence().sources(), List.of(e)));
        held.add(e);
      }
      EvidenceSet end = new EvidenceSet(w.evidence().sources(), held);
      List<String> fromMonitor =
          monitor.report().assessments().stream().map(ReportWriter::json).toList();
      List<String> fromEvaluation =
          engine.evaluate(w.catalog(), end, w.asOf()).assessments().stream()
              .map(ReportWriter::json)
              .toList();
      assertThat(fromMonitor).hasSize(200).isEqualTo(fromEvaluation);
    }
  }
}
