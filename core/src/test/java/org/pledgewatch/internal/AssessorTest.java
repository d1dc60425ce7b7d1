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
    var e = officialItem();
    var c = commitment();
    var one = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", e).because("by an official source"), "r");
    var two = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", e).because("by 2 independent sources"), "r");
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var a = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), List.of(one, two), List.of(), 0, 0);
    var b = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), List.of(two, one), List.of(), 0, 0);
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

  @Test
  void findingsOnOneCriterionCountEachOriginOnceWithItsStrongestSource() {
    var day = java.time.LocalDate.of(2024, 3, 1);
    var official = new org.pledgewatch.model.Source("s1", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null);
    var rewrite = new org.pledgewatch.model.Source("s2", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day, "s1");
    var other = new org.pledgewatch.model.Source("s3", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day.plusDays(2), null);
    var x = item("x", rewrite, day);
    var y = item("y", official, day);
    var z = item("z", other, day.plusDays(2));
    var c = commitment();
    // x and y share origin s1 (0.6 as a rewrite, 0.9 as the official original); z is a second origin (0.6).
    var pressOnly = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", x, z), "two reports");
    var officialOnly = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", y), "official");
    var all = java.util.Map.of("x", x, "y", y, "z", z);
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var both = Assessor.assess(c, asOf, all, List.of(x, y, z), List.of(), List.of(pressOnly, officialOnly), List.of(), 0, 0);
    // 1 - (1 - 0.9)(1 - 0.6): s1 at its strongest, s3 once.
    assertThat(both.confidence()).isEqualTo(0.96);
    // Met on the day of the earliest finding, dated by its latest item: y, on day.
    assertThat(both.metOn()).isEqualTo(day);
    var one = Assessor.assess(c, asOf, all, List.of(x, y, z), List.of(), List.of(new WorkingMemory.Derived<>(pressOnly.fact(), "two reports")), List.of(), 0, 0);
    assertThat(one.confidence()).isEqualTo(0.84);
    assertThat(one.metOn()).isEqualTo(day.plusDays(2));
  }

  @Test
  void distinctOriginsWhoseIdsHashAlikeStayDistinctWhenFindingsAreMerged() {
    // "Aa" and "BB" have the same String hash.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    var day = java.time.LocalDate.of(2024, 3, 1);
    var aa = new org.pledgewatch.model.Source("Aa", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day, null);
    var bb = new org.pledgewatch.model.Source("BB", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null);
    var x = item("x", aa, day);
    var y = item("y", bb, day);
    var c = commitment();
    var one = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", x), "one");
    var two = new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", y, x), "two");
    var a = Assessor.assess(c, day, java.util.Map.of("x", x, "y", y), List.of(x, y), List.of(), List.of(one, two), List.of(), 0, 0);
    // 1 - (1 - 0.6)(1 - 0.9): two origins, not one at 0.9.
    assertThat(a.confidence()).isEqualTo(0.96);
  }

  /** Commitment "p" of party US, with one criterion "c". */
  private static org.pledgewatch.model.Commitment commitment() {
    return new org.pledgewatch.model.Commitment("p", "a", "t", List.of(), List.of("US"), "cat", org.pledgewatch.model.Deadline.none(),
        List.of(new org.pledgewatch.model.Criterion("c", "d", "s")), org.pledgewatch.model.Combination.all(), List.of());
  }

  /** Item "e" about "p", from an official source, on 1 March 2024. */
  private static org.pledgewatch.model.Evidence officialItem() {
    var day = java.time.LocalDate.of(2024, 3, 1);
    return item("e", new org.pledgewatch.model.Source("s", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null), day);
  }

  private static org.pledgewatch.model.Evidence item(String id, org.pledgewatch.model.Source source, java.time.LocalDate on) {
    return new org.pledgewatch.model.Evidence(id, "p", null, "k", org.pledgewatch.model.Stance.SUPPORTS, List.of("US"), on, null, source, "q", null, List.of(), null);
  }

  @Test
  void aVerdictKeptForAFindingIsNotReusedForTheSameFindingStatedAgainByAnotherRule() {
    var e = officialItem();
    var c = commitment();
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var finding = org.pledgewatch.facts.Finding.satisfied("p", "c", e);
    var standing = new WorkingMemory.Standing();
    var first = new WorkingMemory.Derived<>(finding, "first rule");
    standing.findings.put(finding, first);
    var before = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), standing, 0);
    assertThat(before.explanation().criteria().get(0).decisions()).extracting(org.pledgewatch.RuleDecision::rule).containsExactly("first rule");

    // The same finding, retracted and stated again by another rule in one fire, takes over the first one's reading.
    var second = new WorkingMemory.Derived<>(finding, "second rule");
    second.memo = first.memo;
    standing.findings.put(finding, second);
    standing.findingsChanged(); // as working memory notes the retraction and the insertion
    standing.findingsChanged();
    var after = Assessor.assess(c, asOf, java.util.Map.of("e", e), List.of(e), List.of(), standing, 0);
    assertThat(after.explanation().criteria().get(0).decisions()).extracting(org.pledgewatch.RuleDecision::rule).containsExactly("second rule");
    assertThat(after.status()).isEqualTo(before.status());
  }
}
