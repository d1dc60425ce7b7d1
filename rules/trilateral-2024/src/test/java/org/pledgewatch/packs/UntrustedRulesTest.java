package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.RuleInfo;
import org.pledgewatch.RuleValidator;
import org.pledgewatch.report.ReportWriter;

/**
 * The pack is written the way an untrusted author must write: compiled through the untrusted path
 * (Drools' parser, the executable model, the bytecode allowlist), it is accepted whole and gives
 * the same reports as the trusted, precompiled pack.
 */
class UntrustedRulesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void thePackPassesTheUntrustedPathAndGivesTheSameReports() {
    ComplianceEngine checked =
        ComplianceEngine.builder()
            .validateWith(RuleValidator.defaults())
            .clock(CLOCK)
            .addRulesFromClasspath(Trilateral2024.RULES)
            .build();
    ComplianceEngine trusted = Trilateral2024.engineBuilder().clock(CLOCK).build();
    assertThat(checked.precompiled()).isFalse();
    assertThat(checked.rules())
        .extracting(RuleInfo::name, RuleInfo::pledge, RuleInfo::criterion, RuleInfo::source)
        .hasSizeGreaterThan(5)
        .containsExactlyElementsOf(
            trusted.rules().stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.name(), r.pledge(), r.criterion(), r.source()))
                .toList());
    for (LocalDate asOf : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1))) {
      assertThat(
              ReportWriter.json(
                  checked.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf)))
          .as("report as of " + asOf)
          .isEqualTo(
              ReportWriter.json(
                  trusted.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf)));
    }
  }
}
