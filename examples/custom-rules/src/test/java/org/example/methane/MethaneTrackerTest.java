package org.example.methane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Assessment;
import org.pledgewatch.Report;
import org.pledgewatch.Status;

class MethaneTrackerTest {
  static final MethaneTracker TRACKER = new MethaneTracker();

  @Test
  void theHostWroteOnlyCriterionRulesAndEveryCriterionHasOne() {
    assertThat(TRACKER.engine().coverage(MethaneTracker.catalog())).isEmpty();
    assertThat(TRACKER.engine().rules()).allSatisfy(r -> assertThat(r.pledge()).isNotNull());
  }

  @Test
  void theLibraryGivesStatusesPerParticipantDeadlinesAndExplanations() {
    Report report = TRACKER.report(LocalDate.of(2025, 1, 1));
    Assessment cut = report.assessment("gmp-collective-30pct").orElseThrow();
    assertThat(cut.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(cut.byParty())
        .containsEntry("US", Status.IN_PROGRESS)
        .containsEntry("EU", Status.IN_PROGRESS);
    assertThat(cut.due()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(cut.explanation().asText())
        .contains(
            "would be satisfied by: an official or intergovernmental source reporting the change");
    Assessment inventory = report.assessment("gmp-inventory-methods").orElseThrow();
    assertThat(inventory.byParty())
        .containsEntry("EU", Status.MET)
        .containsEntry("US", Status.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void mainPrintsTheReport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MethaneTracker.print(
        TRACKER.report(LocalDate.of(2025, 1, 1)),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Pledgewatch compliance report as of 2025-01-01")
        .contains("gmp-collective-30pct", "gmp-inventory-methods");
  }
}
