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
  static final ComplianceEngine ENGINE = Trilateral2024.engineBuilder().clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

  static Report report(LocalDate asOf) {
    return ENGINE.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf);
  }

  @Test
  void aJsonReportReadsBackAsTheSameReport() {
    Report report = report(LocalDate.of(2024, 2, 29));
    String json = ReportWriter.json(report);
    assertThat(ReportWriter.readJson("report.json", json)).isEqualTo(report);
    assertThatThrownBy(() -> ReportWriter.readJson("report.json", "{\"asOf\": \"soon\"}"))
        .isInstanceOf(PledgewatchException.class).hasMessageContaining("report.json:1:").hasMessageContaining("expected a Pledgewatch JSON report");
  }

  @Test
  void theDiffNamesThePledgesWhoseVerdictChangedAndWhy() {
    ReportDiff diff = ReportDiff.between(report(LocalDate.of(2024, 2, 29)), report(LocalDate.of(2024, 6, 1)));
    assertThat(diff.rulesChanged()).isFalse();
    assertThat(diff.evidenceChanged()).isFalse();
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.commitment()).isEqualTo("tmm24-lad-ministerial");
      assertThat(c.before()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
      assertThat(c.after()).isEqualTo(Status.NOT_MET);
      assertThat(c.why()).containsExactly("GT insufficient-evidence -> not-met",
          "not met: no criterion satisfied and due 2024-04-30 has passed (as of 2024-06-01)");
    });
    assertThat(ReportWriter.text(diff)).isEqualTo("""
        Changes from 2024-02-29 to 2024-06-01
        same rules, catalog and evidence

        tmm24-lad-ministerial: insufficient evidence -> not met
          GT insufficient-evidence -> not-met
          not met: no criterion satisfied and due 2024-04-30 has passed (as of 2024-06-01)
        """);
  }
}
