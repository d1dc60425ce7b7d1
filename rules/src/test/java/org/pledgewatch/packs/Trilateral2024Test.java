package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Report;
import org.pledgewatch.Status;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/** The expectations the pack was written to meet, on the bundled evidence drawn from the five articles. */
class Trilateral2024Test {
  static ComplianceEngine engine;
  static Catalog catalog;
  static EvidenceSet evidence;

  @BeforeAll
  static void build() {
    engine = Trilateral2024.engineBuilder().clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
    catalog = Trilateral2024.catalog();
    evidence = Trilateral2024.evidence();
  }

  @Test
  void theDayAfterTheMeetingTheJointStatementIsMetAndNothingIsNotMet() {
    Report report = engine.evaluate(catalog, evidence, LocalDate.of(2024, 2, 29));
    assertThat(report.status("tmm24-joint-statement")).isEqualTo(Status.MET);
    Assessment statement = report.assessment("tmm24-joint-statement").orElseThrow();
    assertThat(statement.late()).isFalse();
    assertThat(statement.metOn()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(report.assessments()).extracting(Assessment::status).doesNotContain(Status.NOT_MET);
    assertThat(report.assessments()).hasSize(13);
  }

  @Test
  void theRewriteOfSeed002DoesNotCountAsASecondSource() {
    Assessment statement = engine.evaluate(catalog, evidence, LocalDate.of(2024, 2, 29)).assessment("tmm24-joint-statement").orElseThrow();
    assertThat(statement.explanation().evidence()).filteredOn(e -> e.id().equals("e-000-joint-statement"))
        .singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo("seed-002"));
    assertThat(statement.explanation().criteria().get(0).decisions()).singleElement()
        .satisfies(d -> assertThat(d.note()).isEqualTo("corroborated by 2 independent sources"));
    // As of the 28th only seed-002 (and its rewrite, published the 29th) and seed-004's preview exist: one origin.
    assertThat(engine.evaluate(catalog, evidence, LocalDate.of(2024, 2, 28)).status("tmm24-joint-statement"))
        .isEqualTo(Status.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void guatemalasLosAngelesDeclarationMinisterialIsNotMetOnceAprilHasPassed() {
    Report june = engine.evaluate(catalog, evidence, LocalDate.of(2024, 6, 1));
    assertThat(june.status("tmm24-lad-ministerial")).isEqualTo(Status.NOT_MET);
    assertThat(june.assessment("tmm24-lad-ministerial").orElseThrow().explanation().summary())
        .isEqualTo("not met: no criterion satisfied and due 2024-04-30 has passed (as of 2024-06-01)");
  }

  @Test
  void theMinisterialHeldInGuatemalaCityOnSevenMayIsMetAndFlaggedLate() {
    Source release = new Source("gt-minex-2024-05-07", SourceType.OFFICIAL, "Guatemalan Ministry of Foreign Affairs",
        "Los Angeles Declaration ministerial meeting held in Guatemala City", null, LocalDate.of(2024, 5, 7), null);
    Evidence held = new Evidence("e-lad-held", "tmm24-lad-ministerial", "held", "meeting-held", Stance.SUPPORTS, List.of("GT", "US", "MX"),
        LocalDate.of(2024, 5, 7), null, release, "The ministerial meeting of the Los Angeles Declaration was held in Guatemala City.", null, List.of(), null);
    EvidenceSet more = evidence.plus(new EvidenceSet(List.of(release), List.of(held)));
    Assessment a = engine.evaluate(catalog, more, LocalDate.of(2024, 6, 1)).assessment("tmm24-lad-ministerial").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.late()).isTrue();
    assertThat(a.metOn()).isEqualTo(LocalDate.of(2024, 5, 7));
  }

  @Test
  void twoSpellingsOfTheMexicanForeignMinisterResolveToOneParty() {
    assertThat(catalog.resolveParty("Alicia Barcenas")).contains("MX-SRE");
    assertThat(catalog.resolveParty("Alicia Bárcena")).contains("MX-SRE");
    Evidence from002 = evidence.evidence().stream().filter(e -> e.id().equals("e-002-meeting-held")).findFirst().orElseThrow();
    Evidence from001 = evidence.evidence().stream().filter(e -> e.id().equals("e-001-meeting-held")).findFirst().orElseThrow();
    assertThat(from002.parties()).contains("MX-SRE", "MX").doesNotContain("Alicia Barcenas");
    assertThat(from001.parties()).containsExactlyInAnyOrderElementsOf(from002.parties());
  }

  @Test
  void everyCriterionHasARuleAndEveryPledgeRuleCarriesItsMetadata() {
    assertThat(engine.coverage(catalog)).isEmpty();
    assertThat(engine.rules()).filteredOn(r -> r.source().contains("/pledges/"))
        .isNotEmpty()
        .allSatisfy(r -> {
          assertThat(r.pledge()).as(r.name()).isNotNull();
          assertThat(r.criterion()).as(r.name()).isNotNull();
          assertThat(r.source()).as(r.name()).endsWith("/" + r.pledge() + ".drl");
          assertThat(r.name()).as(r.name()).startsWith(r.pledge() + ": ");
        });
  }
}
