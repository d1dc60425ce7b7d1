package org.pledgewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Status;
import org.pledgewatch.packs.Trilateral2024;

/**
 * The benchmark's floor and the engine give the same assessments: checked here on a small workload,
 * and by the benchmark before it times anything.
 */
class FloorAgreesWithEngineTest {
  /** The pack's shared rules: corroboration and criteria as data, without its per-pledge rules. */
  static ComplianceEngine engine() {
    return ComplianceEngine.builder()
        .addRulesFromClasspath(Trilateral2024.RULES + "/shared")
        .build();
  }

  @Test
  void theFloorAndTheEngineGiveIdenticalAssessments() {
    Workload w = Workload.generate(7, 300, 6_000);
    ComplianceEngine engine = engine();
    assertThat(engine.coverage(w.catalog())).isEmpty();
    List<Assessment> byEngine = engine.evaluate(w.catalog(), w.evidence(), w.asOf()).assessments();
    List<Assessment> byFloor = Floor.evaluate(w.catalog(), w.evidence().evidence(), w.asOf());
    assertThat(byEngine).hasSize(300);
    // The workload exercises every outcome the data-driven rules can reach.
    assertThat(byEngine)
        .extracting(Assessment::status)
        .contains(Status.MET, Status.CONTESTED, Status.NOT_MET, Status.PARTIALLY_MET);
    for (int i = 0; i < byEngine.size(); i++) {
      assertThat(byFloor.get(i)).as(byEngine.get(i).commitment()).isEqualTo(byEngine.get(i));
    }
  }
}
