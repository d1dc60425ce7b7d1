package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.RuleInfo;
import org.pledgewatch.report.ReportWriter;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;

/**
 * The pack loads precompiled (executable model, no DRL compiler) and decides exactly as its DRL
 * compiled at run time.
 */
class PrecompiledTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void thePackLoadsPrecompiledAndAgreesWithItsDrlCompiledAtRunTime() {
    ComplianceEngine precompiled = Trilateral2024.engineBuilder().clock(CLOCK).build();
    ComplianceEngine compiled =
        ComplianceEngine.builder().addRulesFromClasspath(Trilateral2024.RULES).clock(CLOCK).build();
    assertThat(precompiled.precompiled()).isTrue();
    assertThat(compiled.precompiled()).isFalse();
    assertThat(precompiled.rulesFingerprint()).isEqualTo(compiled.rulesFingerprint());
    assertThat(precompiled.rules())
        .extracting(RuleInfo::name, RuleInfo::pledge, RuleInfo::criterion, RuleInfo::source)
        .containsExactlyElementsOf(
            compiled.rules().stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.name(), r.pledge(), r.criterion(), r.source()))
                .toList());
    for (LocalDate asOf :
        List.of(
            LocalDate.of(2024, 2, 28),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2025, 3, 1))) {
      assertThat(
              ReportWriter.json(
                  precompiled.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf)))
          .as("report as of " + asOf)
          .isEqualTo(
              ReportWriter.json(
                  compiled.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf)));
    }
    Path pledges = ScenariosTest.PLEDGES;
    List<ScenarioResult> a =
        ScenarioRunner.of(precompiled, Trilateral2024.catalog())
            .withBaseline(Trilateral2024.evidence())
            .runAll(pledges);
    List<ScenarioResult> b =
        ScenarioRunner.of(compiled, Trilateral2024.catalog())
            .withBaseline(Trilateral2024.evidence())
            .runAll(pledges);
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).actual()).as(a.get(i).scenario().name()).isEqualTo(b.get(i).actual());
    }
  }

  @Test
  void addingRulesBesideThePackCompilesEverything() {
    ComplianceEngine engine =
        Trilateral2024.engineBuilder()
            .addRules(
                "extra.drl",
                """
        package extra;
        import org.pledgewatch.model.*;
        import org.pledgewatch.facts.*;
        rule "extra: a joint communique also counts" @pledge("tmm24-joint-statement") @criterion("issued")
        when $e : Evidence(commitments contains "tmm24-joint-statement", kind == "statement-issued", source.type == SourceType.OFFICIAL)
        then insertLogical(Finding.satisfied("tmm24-joint-statement", "issued", $e)); end
        """)
            .build();
    assertThat(engine.precompiled()).isFalse();
    assertThat(engine.rules())
        .extracting(RuleInfo::name)
        .contains(
            "extra: a joint communique also counts",
            "shared: a criterion's evidence kinds, corroborated");
  }
}
