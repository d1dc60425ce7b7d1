package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.EngineTest.PRESS_A;
import static org.pledgewatch.EngineTest.PRESS_B;
import static org.pledgewatch.Fixture.DUE;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.engine;
import static org.pledgewatch.Fixture.item;
import static org.pledgewatch.Fixture.set;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pledgewatch.internal.Json;
import org.pledgewatch.model.Stance;

/** Explanations are values built when first read. */
class ExplanationTest {
  static Explanation sample() {
    return new Explanation("met", List.of(), List.of(new SetAsideItem("e1", "why")), List.of());
  }

  @Test
  void aDeferredExplanationIsBuiltOnceAndEqualsTheSameExplanationBuiltAtOnce() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    Explanation deferred =
        Explanation.deferred(
            () -> {
              builds.incrementAndGet();
              return sample();
            });
    assertThat(builds).hasValue(0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        reads.add(pool.submit(deferred::summary));
      }
      for (Future<String> r : reads) {
        assertThat(r.get()).isEqualTo("met");
      }
    } finally {
      pool.shutdown();
    }
    assertThat(builds).hasValue(1);
    assertThat(deferred)
        .isEqualTo(sample())
        .hasSameHashCodeAs(sample())
        .hasToString(sample().toString());
    assertThat(deferred).isNotEqualTo(new Explanation("not met", List.of(), List.of(), List.of()));
    assertThat(Json.write(deferred))
        .isEqualTo(Json.write(sample()))
        .startsWith("{\n  \"summary\" : \"met\",\n  \"criteria\"");
  }

  @Test
  void aMonitorsEarlierAssessmentStillExplainsTheEvidenceItHadThen() {
    try (Monitor monitor = engine().monitor(catalog(), DUE)) {
      monitor.add(
          set(
              item(
                  "e-est-a",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  PRESS_A,
                  MEETING,
                  "US")));
      Assessment before = monitor.assessment("p-group");
      monitor.add(
          set(
              item(
                  "e-est-b",
                  "p-group",
                  "body-established",
                  Stance.SUPPORTS,
                  PRESS_B,
                  MEETING,
                  "US")));
      monitor.retract(List.of("e-est-a"));
      assertThat(before.explanation().setAside())
          .extracting(SetAsideItem::evidence)
          .containsExactly("e-est-a");
      assertThat(before.explanation().evidence())
          .extracting(EvidenceRef::id)
          .containsExactly("e-est-a");
      assertThat(monitor.assessment("p-group").explanation().evidence())
          .extracting(EvidenceRef::id)
          .containsExactly("e-est-b");
    }
  }
}
