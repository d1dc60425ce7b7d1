package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StatusTest {
  @Test
  void mapsToTheG7ResearchGroupScale() {
    assertThat(Status.MET.g7Score()).isEqualTo(OptionalInt.of(1));
    assertThat(Status.PARTIALLY_MET.g7Score()).isEqualTo(OptionalInt.of(0));
    assertThat(Status.IN_PROGRESS.g7Score()).isEqualTo(OptionalInt.of(0));
    assertThat(Status.CONTESTED.g7Score()).isEqualTo(OptionalInt.of(0));
    assertThat(Status.NOT_MET.g7Score()).isEqualTo(OptionalInt.of(-1));
    assertThat(Status.INSUFFICIENT_EVIDENCE.g7Score()).isEmpty();
  }

  @Test
  void mapsToPolitiFactsMeter() {
    assertThat(List.of(Status.values()))
        .extracting(Status::politiFact)
        .containsExactly(
            "Promise Kept",
            "Compromise",
            "In the Works",
            "Promise Broken",
            "Stalled",
            "Not Yet Rated");
  }

  @Test
  void g7PercentageLeavesUnscoredCommitmentsOut() {
    Report report =
        new Report(
            "1",
            Fixture.MEETING,
            Fixture.CLOCK.instant(),
            "r",
            "c",
            "e",
            0,
            0,
            null,
            List.of(
                assessment("a", Status.MET),
                assessment("b", Status.NOT_MET),
                assessment("c", Status.MET),
                assessment("d", Status.INSUFFICIENT_EVIDENCE)),
            List.of(),
            List.of(),
            List.of());
    // scores +1, -1, +1: mean 1/3, percentage (1/3 + 1) * 50
    assertThat(report.g7Percentage().getAsDouble())
        .isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    Report none =
        new Report(
            "1",
            Fixture.MEETING,
            Fixture.CLOCK.instant(),
            "r",
            "c",
            "e",
            0,
            0,
            null,
            List.of(assessment("d", Status.INSUFFICIENT_EVIDENCE)),
            List.of(),
            List.of(),
            List.of());
    assertThat(none.g7Percentage()).isEmpty();
  }

  @Test
  void parsesJsonNamesAndRejectsOthersClearly() {
    assertThat(Status.parse("partially-met")).isEqualTo(Status.PARTIALLY_MET);
    assertThatThrownBy(() -> Status.parse("kept")).hasMessageContaining("but was 'kept'");
  }

  private static Assessment assessment(String id, Status s) {
    return new Assessment(
        id,
        id,
        Verdict.of(s, false, s == Status.MET ? Fixture.MEETING : null, 0),
        null,
        Fixture.MEETING,
        new Explanation("", List.of(), List.of(), List.of()));
  }
}
