package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgewatch.Fixture.DUE;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.engine;
import static org.pledgewatch.Fixture.item;
import static org.pledgewatch.Fixture.set;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Stance;
import org.pledgewatch.report.ReportWriter;

class ConcurrencyAndMonitorTest {
  static final List<EvidenceSet> INPUTS =
      List.of(
          EvidenceSet.empty(),
          set(EngineTest.statement()),
          set(
              EngineTest.statement(),
              item(
                  "e-denial",
                  "p-statement",
                  "statement",
                  Stance.CONTRADICTS,
                  EngineTest.PRESS_A,
                  MEETING,
                  "MX")),
          set(
              item(
                  "e-est-a",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_A,
                  MEETING,
                  "US",
                  "MX",
                  "GT"),
              item(
                  "e-est-b",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_B,
                  MEETING,
                  "US",
                  "MX",
                  "GT")));

  @Test
  void oneEngineSharedByEightThreadsForTwoThousandEvaluationsGivesTheSequentialResults()
      throws Exception {
    List<String> expected =
        INPUTS.stream()
            .map(in -> ReportWriter.json(engine().evaluate(catalog(), in, DUE)))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 250; i++) {
                    int which = (i + offset) % INPUTS.size();
                    String actual =
                        ReportWriter.json(engine().evaluate(catalog(), INPUTS.get(which), DUE));
                    if (!actual.equals(expected.get(which))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMonitorReportsTheVerdictsThatChangeAndMatchesAFullEvaluation() {
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      // As of the end of April the statement's deadline (the meeting day) has passed: silence is
      // "not met".
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.NOT_MET);
      assertThat(monitor.assessment("p-group").status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
      List<Change> changes = monitor.add(set(EngineTest.statement()));
      assertThat(changes)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.commitment()).isEqualTo("p-statement");
                assertThat(c.before().status()).isEqualTo(Status.NOT_MET);
                assertThat(c.after().status()).isEqualTo(Status.MET);
              });
      assertThat(
              monitor.add(
                  set(
                      item(
                          "e-est-a",
                          "p-group",
                          "body-established",
                          Stance.SUPPORTS,
                          EngineTest.PRESS_A,
                          MEETING,
                          "US"))))
          .isEmpty();
      assertThat(
              monitor.add(
                  set(
                      item(
                          "e-est-b",
                          "p-group",
                          "body-established",
                          Stance.SUPPORTS,
                          EngineTest.PRESS_B,
                          MEETING,
                          "US"))))
          .extracting(c -> c.after().status())
          .containsExactly(Status.IN_PROGRESS);
      EvidenceSet all =
          set(
              EngineTest.statement(),
              item(
                  "e-est-a",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_A,
                  MEETING,
                  "US"),
              item(
                  "e-est-b",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_B,
                  MEETING,
                  "US"));
      assertThat(monitor.report().assessments())
          .isEqualTo(engine().evaluate(catalog(), all, DUE).assessments());

      assertThat(monitor.retract(List.of("e-statement")))
          .extracting(c -> c.after().status())
          .containsExactly(Status.NOT_MET);
      assertThat(monitor.advanceTo(DUE.plusDays(1)))
          .extracting(Change::commitment, c -> c.after().status())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("p-group", Status.PARTIALLY_MET));
    }
  }

  @Test
  void aChangeInOnePartysStatusIsAChangeEvenWhenTheOverallStatusStays() {
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      monitor.add(
          set(
              item(
                  "e-est-a",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_A,
                  MEETING,
                  "US"),
              item(
                  "e-est-b",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  EngineTest.PRESS_B,
                  MEETING,
                  "US")));
      assertThat(monitor.assessment("p-group").status()).isEqualTo(Status.IN_PROGRESS);
      // A meeting with the United States: the US has met the pledge; Mexico and Guatemala have not,
      // so overall it is still in progress.
      List<Change> changes =
          monitor.add(
              set(
                  item(
                      "e-met-us",
                      "p-group",
                      "meeting-held",
                      Stance.SUPPORTS,
                      EngineTest.OFFICIAL,
                      MEETING,
                      "US")));
      assertThat(changes)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.commitment()).isEqualTo("p-group");
                assertThat(c.before().status()).isEqualTo(Status.IN_PROGRESS);
                assertThat(c.after().status()).isEqualTo(Status.IN_PROGRESS);
                assertThat(c.assessment().byParty())
                    .containsEntry("US", Status.MET)
                    .containsEntry("MX", Status.IN_PROGRESS);
              });
      // The same again changes no verdict.
      assertThat(
              monitor.add(
                  set(
                      item(
                          "e-met-us-2",
                          "p-group",
                          "meeting-held",
                          Stance.SUPPORTS,
                          EngineTest.OFFICIAL,
                          MEETING,
                          "US"))))
          .isEmpty();
    }
  }

  @Test
  void aMonitorExplainsEvidencePublishedAfterItsDateLikeAnEvaluation() {
    // Regression: such an item never reaches the rules, so its commitment was not reassessed.
    org.pledgewatch.model.Source may =
        Fixture.source(
            "s-may", org.pledgewatch.model.SourceType.OFFICIAL, LocalDate.of(2024, 5, 8));
    EvidenceSet late =
        set(
            item(
                "e-late",
                "p-group",
                "meeting-held",
                Stance.SUPPORTS,
                may,
                LocalDate.of(2024, 5, 7),
                "US"));
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      monitor.add(late);
      assertThat(monitor.assessment("p-group"))
          .isEqualTo(engine().evaluate(catalog(), late, DUE).assessment("p-group").orElseThrow());
      assertThat(monitor.assessment("p-group").explanation().setAside())
          .extracting(SetAsideItem::evidence)
          .containsExactly("e-late");
      monitor.retract(List.of("e-late"));
      assertThat(monitor.assessment("p-group").explanation().setAside()).isEmpty();
    }
  }

  @Test
  void aFailedMonitorCallChangesNothing() {
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      monitor.add(set(EngineTest.statement()));
      assertThatThrownBy(
              () ->
                  monitor.add(
                      set(
                          item(
                              "e-ok",
                              "p-group",
                              "body-established",
                              Stance.SUPPORTS,
                              EngineTest.PRESS_A,
                              MEETING,
                              "US"),
                          item(
                              "e-bad",
                              "p-unknown",
                              "statement",
                              Stance.SUPPORTS,
                              EngineTest.PRESS_A,
                              MEETING,
                              "US"))))
          .isInstanceOf(PledgewatchException.class);
      assertThatThrownBy(() -> monitor.add(set(EngineTest.statement())))
          .hasMessageContaining("already has an item");
      assertThatThrownBy(() -> monitor.retract(List.of("e-nope")))
          .hasMessageContaining("no item with this id");
      assertThat(monitor.size()).isEqualTo(1);
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.MET);
    }
  }

  @Test
  void monitorFedInBatchesAgreesWithOneEvaluation() {
    EvidenceSet all = INPUTS.get(2).plus(INPUTS.get(3));
    try (Monitor monitor = engine().monitor(catalog(), LocalDate.of(2024, 3, 1))) {
      for (var e : all.evidenceById()) {
        monitor.add(set(e));
      }
      assertThat(monitor.report().assessments())
          .isEqualTo(engine().evaluate(catalog(), all, LocalDate.of(2024, 3, 1)).assessments());
    }
  }

  @Test
  void aMonitorsReportFingerprintsTheEvidenceItHoldsNow() {
    Evidence a =
        item(
            "e-est-a",
            "p-group",
            "body-established",
            Stance.SUPPORTS,
            EngineTest.PRESS_A,
            MEETING,
            "US");
    Evidence b =
        item(
            "e-est-b",
            "p-group",
            "body-established",
            Stance.SUPPORTS,
            EngineTest.PRESS_B,
            MEETING,
            "US");
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      monitor.add(set(a));
      String one = monitor.report().evidenceFingerprint();
      assertThat(monitor.report().evidenceFingerprint())
          .isEqualTo(one)
          .isEqualTo(engine().evaluate(catalog(), set(a), DUE).evidenceFingerprint());
      monitor.add(set(b));
      assertThat(monitor.report().evidenceFingerprint())
          .isNotEqualTo(one)
          .isEqualTo(engine().evaluate(catalog(), set(a, b), DUE).evidenceFingerprint());
      monitor.retract(List.of("e-est-b"));
      assertThat(monitor.report().evidenceFingerprint()).isEqualTo(one);

      // A rewrite's original stays in the reported set after the original's own item goes.
      Evidence copy =
          item(
              "e-copy",
              "p-group",
              "body-established",
              Stance.SUPPORTS,
              Fixture.rewrite("s-copy", EngineTest.PRESS_A.id(), MEETING.plusDays(1)),
              MEETING,
              "US");
      monitor.add(new EvidenceSet(List.of(EngineTest.PRESS_A, copy.source()), List.of(copy)));
      monitor.retract(List.of("e-est-a"));
      assertThat(monitor.report().evidenceFingerprint())
          .isEqualTo(
              ComplianceEngine.fingerprint(
                  new EvidenceSet(List.of(EngineTest.PRESS_A, copy.source()), List.of(copy))));
    }
  }
}
