package org.pledgewatch.packs.g7aismes2025;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Report;
import org.pledgewatch.Scorecard;
import org.pledgewatch.Status;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;

class G7AiSmes2025Test {
  static ComplianceEngine engine;
  static Catalog catalog;
  static EvidenceSet evidence;

  @BeforeAll
  static void load() {
    engine = G7AiSmes2025.engineBuilder().build();
    catalog = G7AiSmes2025.catalog();
    evidence = G7AiSmes2025.evidence(catalog);
  }

  @Test
  void everyScenarioPassesEveryBandAndTheReportsEvidence() {
    List<ScenarioResult> results =
        ScenarioRunner.of(engine, catalog)
            .withBaseline(evidence)
            .runAll(Path.of("src/main/resources/" + G7AiSmes2025.RULES + "/pledges"));
    assertThat(results).hasSizeGreaterThanOrEqualTo(16);
    assertThat(results.stream().filter(r -> !r.passed()).map(ScenarioResult::failureMessage))
        .isEmpty();
  }

  @Test
  void everyCriterionIsDecidedByThePacksRules() {
    assertThat(engine.coverage(catalog)).isEmpty();
  }

  @Test
  void everyActionHasItsSourceItsClassificationAndItsReason() {
    assertThat(evidence.evidence()).hasSize(87);
    assertThat(evidence.evidence())
        .allSatisfy(
            e -> {
              assertThat(e.source().linkable()).as(e.id() + " " + e.source().url()).isTrue();
              assertThat(e.source().publisher()).as(e.id()).isNotBlank();
              assertThat(e.quote()).as(e.id()).isNotBlank();
              assertThat(e.parties()).as(e.id()).hasSize(1);
              assertThat(e.note()).as(e.id()).startsWith("Classified " + e.kind() + ": ");
            });
    for (String member : List.of("CA", "FR", "DE", "IT", "JP", "UK", "US", "EU")) {
      assertThat(evidence.evidence()).as(member).anyMatch(e -> e.involves(member));
    }
  }

  @Test
  void theScorecardGivesEachMembersScoreWithTheActionsThatDecidedItAndTheAverage() {
    Report report = engine.evaluate(catalog, evidence, G7AiSmes2025.REPORT_DATE);
    Scorecard card = Scorecard.of(report);
    Scorecard.Row row = card.rows().get(0);
    Map<String, Integer> scores =
        Map.of("CA", 1, "FR", 0, "DE", 0, "IT", 0, "JP", 0, "UK", 1, "US", 0, "EU", 1);
    scores.forEach((m, s) -> assertThat(row.byParty().get(m).score()).as(m).isEqualTo(s));
    assertThat(row.score()).isEqualTo(3.0 / 8);
    assertThat(report.g7Percentage()).hasValue((3.0 / 8 + 1) * 50);
    // The EU's five strong actions in the period decide its +1; its action of April 2025 does not.
    assertThat(row.byParty().get("EU").counted().get("five-strong"))
        .containsExactlyInAnyOrder("eu-01", "eu-02", "eu-03", "eu-04", "eu-07");
    // The US's one strong action is counted toward both strong criteria, short of five.
    assertThat(row.byParty().get("US").counted())
        .containsEntry("five-strong", List.of("us-04"))
        .containsEntry("some-strong", List.of("us-04"))
        .containsEntry("three-weak", List.of("us-00", "us-01", "us-02", "us-03", "us-05"));
    assertThat(report.status(G7AiSmes2025.COMMITMENT)).isEqualTo(Status.PARTIALLY_MET);
  }

  @Test
  void anActionBeforeTheSummitIsABaselineAndNeverCounts() {
    Evidence april =
        evidence.evidence().stream().filter(e -> e.id().equals("eu-10")).findFirst().orElseThrow();
    assertThat(april.occurredOn()).isEqualTo(LocalDate.of(2025, 4, 9));
    String text =
        engine
            .evaluate(catalog, evidence, G7AiSmes2025.REPORT_DATE)
            .assessment(G7AiSmes2025.COMMITMENT)
            .orElseThrow()
            .explanation()
            .asText();
    assertThat(text).contains("set aside eu-10");
  }
}
