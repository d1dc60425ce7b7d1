package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgewatch.Fixture.DUE;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.engine;
import static org.pledgewatch.Fixture.item;
import static org.pledgewatch.Fixture.rewrite;
import static org.pledgewatch.Fixture.set;
import static org.pledgewatch.Fixture.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;
import org.pledgewatch.report.ReportWriter;

class EngineTest {
  static final Source OFFICIAL = source("s-official", SourceType.OFFICIAL, MEETING);
  static final Source PRESS_A = source("s-press-a", SourceType.PRESS, MEETING);
  static final Source PRESS_B = source("s-press-b", SourceType.PRESS, MEETING.plusDays(1));
  static final Source LATE = source("s-late", SourceType.PRESS, LocalDate.of(2024, 5, 8));

  static Evidence statement() {
    return item(
        "e-statement",
        "p-statement",
        "statement-issued",
        Stance.SUPPORTS,
        OFFICIAL,
        MEETING,
        "US",
        "MX",
        "GT");
  }

  @Test
  void statusMetWithExplanationNamingRuleAndEvidence() {
    Report report = engine().evaluate(catalog(), set(statement()), MEETING);
    Assessment a = report.assessment("p-statement").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.late()).isFalse();
    assertThat(a.metOn()).isEqualTo(MEETING);
    CriterionResult issued = a.explanation().criteria().get(0);
    assertThat(issued.satisfied()).isTrue();
    assertThat(issued.wouldSatisfy()).isNull();
    assertThat(issued.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("p-statement: issued");
              assertThat(d.evidence()).containsExactly("e-statement");
              assertThat(d.stance()).isEqualTo("supports");
            });
    assertThat(a.explanation().evidence())
        .extracting(EvidenceRef::publisher)
        .containsExactly("Publisher s-official");
    assertThat(a.confidence()).isEqualTo(0.9);
  }

  @Test
  void evidencePublishedAfterAsOfIsInvisibleAndListedAsSetAside() {
    Evidence late =
        item("e-late", "p-statement", "statement-issued", Stance.SUPPORTS, LATE, MEETING, "US");
    Report report = engine().evaluate(catalog(), set(late), LocalDate.of(2024, 2, 27));
    Assessment a = report.assessment("p-statement").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(a.explanation().setAside())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .contains("published 2024-05-08, after the as-of date 2024-02-27"));
    assertThat(report.evidenceNotYetPublished()).isEqualTo(1);
    assertThat(report.evidenceConsidered()).isZero();
  }

  @Test
  void silenceIsInsufficientEvidenceUntilTheDeadlineThenNotMet() {
    assertThat(engine().evaluate(catalog(), EvidenceSet.empty(), DUE).status("p-group"))
        .isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    Report after = engine().evaluate(catalog(), EvidenceSet.empty(), DUE.plusDays(1));
    assertThat(after.status("p-group")).isEqualTo(Status.NOT_MET);
    assertThat(after.assessment("p-group").orElseThrow().explanation().criteria())
        .allSatisfy(c -> assertThat(c.wouldSatisfy()).isNotBlank());
  }

  @Test
  void someCriteriaSatisfiedIsInProgressBeforeTheDeadlineAndPartiallyMetAfter() {
    EvidenceSet established =
        set(
            item(
                "e-est-a",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_A,
                MEETING,
                "US",
                "MX",
                "GT"),
            item(
                "e-est-b",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_B,
                MEETING,
                "US",
                "MX",
                "GT"));
    assertThat(engine().evaluate(catalog(), established, DUE).status("p-group"))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(engine().evaluate(catalog(), established, DUE.plusDays(1)).status("p-group"))
        .isEqualTo(Status.PARTIALLY_MET);
  }

  @Test
  void metAfterTheDeadlineIsMetAndFlaggedLate() {
    Source may = source("s-may", SourceType.OFFICIAL, LocalDate.of(2024, 5, 8));
    EvidenceSet evidence =
        set(
            item(
                "e-est-a",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_A,
                MEETING,
                "US",
                "MX",
                "GT"),
            item(
                "e-est-b",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_B,
                MEETING,
                "US",
                "MX",
                "GT"),
            item(
                "e-met",
                "p-group",
                "meeting-held",
                Stance.SUPPORTS,
                may,
                LocalDate.of(2024, 5, 7),
                "US",
                "MX",
                "GT"));
    Assessment a =
        engine()
            .evaluate(catalog(), evidence, LocalDate.of(2024, 6, 1))
            .assessment("p-group")
            .orElseThrow();
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.late()).isTrue();
    assertThat(a.metOn()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(a.explanation().summary()).contains("late, due 2024-04-30");
  }

  @Test
  void supportingAndContradictingEvidenceTogetherAreContested() {
    Evidence denial =
        item("e-denial", "p-statement", "statement", Stance.CONTRADICTS, PRESS_A, MEETING, "MX");
    Report report = engine().evaluate(catalog(), set(statement(), denial), MEETING);
    Assessment a = report.assessment("p-statement").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.explanation().criteria().get(0).decisions())
        .extracting(RuleDecision::rule)
        .containsExactly("p-statement: issued", "p-statement: denied");
    assertThat(engine().evaluate(catalog(), set(denial), MEETING).status("p-statement"))
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void jointPledgeGetsAVerdictPerParty() {
    Source may = source("s-may", SourceType.OFFICIAL, LocalDate.of(2024, 3, 8));
    EvidenceSet evidence =
        set(
            item(
                "e-est-a",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_A,
                MEETING,
                "US",
                "MX",
                "GT"),
            item(
                "e-est-b",
                "p-group",
                "body-established",
                Stance.SUPPORTS,
                PRESS_B,
                MEETING,
                "US",
                "MX",
                "GT"),
            item(
                "e-met",
                "p-group",
                "meeting-held",
                Stance.SUPPORTS,
                may,
                LocalDate.of(2024, 3, 7),
                "US",
                "Alicia Barcenas"));
    Assessment a =
        engine()
            .evaluate(catalog(), evidence, LocalDate.of(2024, 3, 10))
            .assessment("p-group")
            .orElseThrow();
    assertThat(a.byParty())
        .containsEntry("US", Status.MET)
        .containsEntry("MX", Status.MET)
        .containsEntry("GT", Status.IN_PROGRESS);
    assertThat(a.status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void rewrittenSourcesCountOnceAndTheSingleSourceIsSetAsideWithTheRulesReason() {
    Source rewriteOfA = rewrite("s-rewrite", "s-press-a", MEETING);
    EvidenceSet evidence =
        new EvidenceSet(
            List.of(PRESS_A, rewriteOfA),
            List.of(
                item(
                    "e-est-a",
                    "p-group",
                    "body-established",
                    Stance.SUPPORTS,
                    PRESS_A,
                    MEETING,
                    "US",
                    "MX",
                    "GT"),
                item(
                    "e-est-copy",
                    "p-group",
                    "body-established",
                    Stance.SUPPORTS,
                    rewriteOfA,
                    MEETING,
                    "US",
                    "MX",
                    "GT")));
    assertThat(evidence.evidence()).extracting(Evidence::origin).containsOnly("s-press-a");
    Assessment a = engine().evaluate(catalog(), evidence, DUE).assessment("p-group").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(a.explanation().setAside())
        .extracting(SetAsideItem::reason)
        .allSatisfy(
            r ->
                assertThat(r)
                    .contains(
                        "one source alone does not establish the group",
                        "p-group: single source set aside"));
  }

  @Test
  void theSameInputsInAnyOrderGiveTheSameBytes() {
    List<Evidence> items =
        new ArrayList<>(
            List.of(
                statement(),
                item(
                    "e-est-a",
                    "p-group",
                    "body-established",
                    Stance.SUPPORTS,
                    PRESS_A,
                    MEETING,
                    "US",
                    "MX",
                    "GT"),
                item(
                    "e-est-b",
                    "p-group",
                    "body-established",
                    Stance.SUPPORTS,
                    PRESS_B,
                    MEETING,
                    "US",
                    "MX",
                    "GT"),
                item(
                    "e-denial",
                    "p-statement",
                    "statement",
                    Stance.CONTRADICTS,
                    PRESS_A,
                    MEETING,
                    "MX")));
    String expected =
        ReportWriter.json(engine().evaluate(catalog(), set(items.toArray(Evidence[]::new)), DUE));
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(items, random);
      Catalog c = catalog();
      List<org.pledgewatch.model.Commitment> cs = new ArrayList<>(c.commitments());
      Collections.shuffle(cs, random);
      Catalog shuffled = new Catalog(c.parties(), c.agreements(), cs);
      assertThat(
              ReportWriter.json(
                  engine().evaluate(shuffled, set(items.toArray(Evidence[]::new)), DUE)))
          .isEqualTo(expected);
    }
  }

  @Test
  void evidenceForAnUnknownCommitmentOrPartyIsRejectedWithEveryProblem() {
    EvidenceSet bad =
        set(
            item("e-1", "p-nope", "statement", Stance.SUPPORTS, PRESS_A, MEETING, "US"),
            item("e-2", "p-statement", "statement", Stance.SUPPORTS, PRESS_A, MEETING, "Atlantis"));
    assertThatThrownBy(() -> engine().evaluate(catalog(), bad, MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COMMITMENT);
              assertThat(e.problems())
                  .extracting(Problem::toString)
                  .containsExactly(
                      "evidence 'e-1': commitments must name commitments in the catalog, but 'p-nope' is not one",
                      "evidence 'e-2': parties must name parties in the catalog (by id, name or alias), but 'Atlantis' is none of them");
            });
  }

  @Test
  void conflictingFiguresAreListedNotAveraged() {
    Source other = source("s-other", SourceType.PRESS, MEETING);
    Evidence a =
        Evidence.builder("e-fig-a")
            .commitments("p-group")
            .kind("figure-reported")
            .parties(List.of("US"))
            .occurredOn(MEETING)
            .source(PRESS_A)
            .quote("176,205 encounters")
            .figure(
                new org.pledgewatch.model.Figure(
                    "encounters", new java.math.BigDecimal("176205"), "encounters", "2024-01"))
            .build();
    Evidence same =
        Evidence.builder("e-fig-same")
            .commitments("p-group")
            .kind("figure-reported")
            .parties(List.of("US"))
            .occurredOn(MEETING)
            .source(other)
            .quote("176205")
            .figure(
                new org.pledgewatch.model.Figure(
                    "encounters", new java.math.BigDecimal("176205.0"), "encounters", "2024-01"))
            .build();
    Evidence b =
        Evidence.builder("e-fig-b")
            .commitments("p-group")
            .kind("figure-reported")
            .parties(List.of("US"))
            .occurredOn(MEETING)
            .source(PRESS_B)
            .quote("176,250 encounters")
            .figure(
                new org.pledgewatch.model.Figure(
                    "encounters", new java.math.BigDecimal("176250"), "encounters", "2024-01"))
            .build();
    Report report = engine().evaluate(catalog(), set(a, same, b), DUE);
    assertThat(report.figureConflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.measure()).isEqualTo("encounters");
              assertThat(c.period()).isEqualTo("2024-01");
              assertThat(c.values())
                  .extracting(FigureConflict.Value::quantity)
                  .containsExactly("176205", "176250");
              assertThat(c.values().get(0).evidence()).containsExactly("e-fig-a", "e-fig-same");
            });
    assertThat(ReportWriter.text(report))
        .contains(
            "Conflicting figures (reported, not averaged):\n  encounters 2024-01: 176205 encounters (e-fig-a, e-fig-same) vs 176250 encounters (e-fig-b)");
    assertThat(engine().evaluate(catalog(), set(a, same), DUE).figureConflicts()).isEmpty();
  }

  @Test
  void reportRecordsVersionFingerprintsAndClock() {
    Report report = engine().evaluate(catalog(), set(statement()), MEETING);
    assertThat(report.engineVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(report.rulesFingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(report.evidenceFingerprint())
        .matches("sha256:[0-9a-f]{64}")
        .isNotEqualTo(
            engine().evaluate(catalog(), EvidenceSet.empty(), MEETING).evidenceFingerprint());
    assertThat(report.generatedAt()).isEqualTo(Fixture.CLOCK.instant());
  }

  @Test
  void fingerprintsAreRememberedPerSetButNeverForAnotherSet() {
    EvidenceSet one = set(statement());
    EvidenceSet two =
        set(
            statement(),
            item(
                "e-est-a", "p-group", "body-established", Stance.SUPPORTS, PRESS_A, MEETING, "US"));
    String first = engine().evaluate(catalog(), one, MEETING).evidenceFingerprint();
    String other = engine().evaluate(catalog(), two, MEETING).evidenceFingerprint();
    assertThat(other).isNotEqualTo(first).isEqualTo(ComplianceEngine.fingerprint(two));
    assertThat(engine().evaluate(catalog(), one, DUE).evidenceFingerprint())
        .isEqualTo(first)
        .isEqualTo(ComplianceEngine.fingerprint(one));
    assertThat(engine().evaluate(catalog(), set(statement()), DUE).evidenceFingerprint())
        .as("an equal set, not the same instance")
        .isEqualTo(first);
    String catalogFingerprint = engine().evaluate(catalog(), one, MEETING).catalogFingerprint();
    Catalog bigger =
        catalog()
            .merge(
                new Catalog(
                    List.of(org.pledgewatch.model.Party.of("CA", "Canada")), List.of(), List.of()));
    assertThat(engine().evaluate(bigger, one, MEETING).catalogFingerprint())
        .isNotEqualTo(catalogFingerprint)
        .isEqualTo(ComplianceEngine.fingerprint(bigger));
  }

  @Test
  void coverageListsCriteriaWithoutRules() {
    assertThat(engine().coverage(catalog())).isEmpty();
    ComplianceEngine partial =
        ComplianceEngine.builder()
            .addRules(
                "one.drl",
                """
        package x;
        import org.pledgewatch.model.*;
        import org.pledgewatch.facts.*;
        rule "only the statement" @pledge("p-statement") @criterion("issued")
        when $e : Evidence(commitments contains "p-statement") then insertLogical(Finding.satisfied("p-statement", "issued", $e)); end
        """)
            .build();
    assertThat(partial.coverage(catalog()))
        .extracting(Problem::message)
        .containsExactly(
            "criterion 'established' has no rule (no rule has @pledge(\"p-group\") @criterion(\"established\"))",
            "criterion 'met' has no rule (no rule has @pledge(\"p-group\") @criterion(\"met\"))");
  }

  @Test
  void aCriterionNoRuleCanSatisfyFailsTheEvaluationUnlessTheHostOptsOut() {
    String drl =
        """
        package x;
        import org.pledgewatch.model.*;
        import org.pledgewatch.facts.*;
        rule "only the statement" @pledge("p-statement") @criterion("issued")
        when $e : Evidence(commitments contains "p-statement") then insertLogical(Finding.satisfied("p-statement", "issued", $e)); end
        """;
    ComplianceEngine partial = ComplianceEngine.builder().addRules("one.drl", drl).build();
    assertThatThrownBy(() -> partial.evaluate(catalog(), set(statement()), DUE))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CATALOG);
              assertThat(e.problems())
                  .extracting(p -> p.location().commitment())
                  .containsExactly("p-group", "p-group");
            });
    assertThatThrownBy(() -> partial.monitor(catalog(), DUE))
        .isInstanceOf(PledgewatchException.class)
        .hasMessageContaining("has no rule");
    ComplianceEngine allowed =
        ComplianceEngine.builder().addRules("one.drl", drl).allowUncoveredCriteria().build();
    assertThat(allowed.evaluate(catalog(), set(statement()), DUE).status("p-statement"))
        .isEqualTo(Status.MET);
  }
}
