package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Report;
import org.pledgewatch.ReportDiff;
import org.pledgewatch.Status;
import org.pledgewatch.report.ReportWriter;

class ReportDiffTest {
  static final ComplianceEngine ENGINE =
      Trilateral2024.engineBuilder()
          .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
          .build();

  static Report report(LocalDate asOf) {
    return ENGINE.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf);
  }

  @Test
  void aJsonReportReadsBackAsTheSameReport() {
    Report report = report(LocalDate.of(2024, 2, 29));
    String json = ReportWriter.json(report);
    assertThat(ReportWriter.readJson("report.json", json)).isEqualTo(report);
    assertThatThrownBy(() -> ReportWriter.readJson("report.json", "{\"asOf\": \"soon\"}"))
        .isInstanceOf(PledgewatchException.class)
        .hasMessageContaining("report.json:1:")
        .hasMessageContaining("expected a Pledgewatch JSON report");
  }

  @Test
  void theDiffNamesThePledgesWhoseVerdictChangedAndWhy() {
    ReportDiff diff =
        ReportDiff.between(report(LocalDate.of(2024, 4, 30)), report(LocalDate.of(2024, 5, 1)));
    assertThat(diff.rulesChanged()).isFalse();
    assertThat(diff.evidenceChanged()).isFalse();
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.commitment()).isEqualTo("tmm24-lad-ministerial");
              assertThat(c.before()).isEqualTo(Status.IN_PROGRESS);
              assertThat(c.after()).isEqualTo(Status.PARTIALLY_MET);
              assertThat(c.why())
                  .containsExactly(
                      "GT in-progress -> partially-met",
                      "partially met: 0 of 1 required criteria satisfied, 1 of 1 for partial credit; due 2024-04-30 has passed");
            });
    assertThat(ReportWriter.text(diff))
        .isEqualTo(
            """
        Changes from 2024-04-30 to 2024-05-01
        same rules, catalog and evidence

        tmm24-lad-ministerial: in progress -> partially met
          GT in-progress -> partially-met
          partially met: 0 of 1 required criteria satisfied, 1 of 1 for partial credit; due 2024-04-30 has passed
        """);
  }
}
