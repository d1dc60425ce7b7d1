package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.Status.CONTESTED;
import static org.pledgewatch.Status.INSUFFICIENT_EVIDENCE;
import static org.pledgewatch.Status.IN_PROGRESS;
import static org.pledgewatch.Status.MET;
import static org.pledgewatch.Status.NOT_MET;
import static org.pledgewatch.Status.PARTIALLY_MET;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {
  @Test
  void decisionsThatDifferOnlyByTheirNoteAreOrderedTheSameWhateverTheInsertionOrder() {
    // Regression: two findings of one rule on the same evidence came out in hash-map order.
    var source = new org.pledgewatch.model.Source("s", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, java.time.LocalDate.of(2024, 3, 1), null);
    var e = new org.pledgewatch.model.Evidence("e", "p", null, "k", org.pledgewatch.model.Stance.SUPPORTS, List.of("US"), java.time.LocalDate.of(2024, 3, 1),
        null, source, "q", null, List.of(), null);
    var c = new org.pledgewatch.model.Commitment("p", "a", "t", List.of(), List.of("US"), "cat", org.pledgewatch.model.Deadline.none(),
        List.of(new org.pledgewatch.model.Criterion("c", "d", "s")), org.pledgewatch.model.Combination.all(), List.of());
    var one = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", e).because("by an official source"), "r");
    var two = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", e).because("by 2 independent sources"), "r");
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var a = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), List.of(one, two), List.of());
    var b = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), List.of(two, one), List.of());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aJointPledgesOverallStatusComesFromItsParties() {
    assertThat(Assessor.aggregate(List.of(MET, MET), false)).isEqualTo(MET);
    assertThat(Assessor.aggregate(List.of(MET, INSUFFICIENT_EVIDENCE), false)).isEqualTo(IN_PROGRESS);
    assertThat(Assessor.aggregate(List.of(MET, NOT_MET), true)).isEqualTo(PARTIALLY_MET);
    assertThat(Assessor.aggregate(List.of(PARTIALLY_MET, NOT_MET), true)).isEqualTo(PARTIALLY_MET);
    assertThat(Assessor.aggregate(List.of(MET, CONTESTED, NOT_MET), true)).isEqualTo(CONTESTED);
    assertThat(Assessor.aggregate(List.of(NOT_MET, INSUFFICIENT_EVIDENCE), false)).isEqualTo(NOT_MET);
    assertThat(Assessor.aggregate(List.of(INSUFFICIENT_EVIDENCE, INSUFFICIENT_EVIDENCE), false)).isEqualTo(INSUFFICIENT_EVIDENCE);
  }
}
