package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {
  /** Assesses commitment {@code c} with these findings standing. */
  @SafeVarargs
  private static org.pledgewatch.Verdict verdict(
      org.pledgewatch.model.Commitment c,
      java.time.LocalDate asOf,
      java.util.Map<String, org.pledgewatch.model.Evidence> all,
      WorkingMemory.Derived<org.pledgewatch.facts.Finding>... findings) {
    return assess(c, asOf, all, findings).verdict();
  }

  @SafeVarargs
  private static Assessor.Assessed assess(
      org.pledgewatch.model.Commitment c,
      java.time.LocalDate asOf,
      java.util.Map<String, org.pledgewatch.model.Evidence> all,
      WorkingMemory.Derived<org.pledgewatch.facts.Finding>... findings) {
    var standing = new WorkingMemory.Standing();
    for (var d : findings) {
      standing.findings.put(d.fact(), d);
    }
    return Assessor.assess(
        c,
        asOf,
        all,
        List.copyOf(new java.util.TreeMap<>(all).values()),
        List.of(),
        standing,
        0,
        java.time.LocalDate.MIN);
  }

  @Test
  void decisionsThatDifferOnlyByTheirNoteAreOrderedTheSameWhateverTheInsertionOrder() {
    // Regression: two findings of one rule on the same evidence came out in hash-map order.
    var e = officialItem();
    var c = commitment();
    var one =
        new WorkingMemory.Derived<>(
            org.pledgewatch.facts.Finding.satisfied("p", "c", e).because("by an official source"),
            "r");
    var two =
        new WorkingMemory.Derived<>(
            org.pledgewatch.facts.Finding.satisfied("p", "c", e)
                .because("by 2 independent sources"),
            "r");
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var a = assess(c, asOf, java.util.Map.of("e", e), one, two);
    var b = assess(c, asOf, java.util.Map.of("e", e), two, one);
    assertThat(a.verdict()).isEqualTo(b.verdict());
    assertThat(a.explanation().get()).isEqualTo(b.explanation().get());
  }

  @Test
  void findingsOnOneCriterionCountEachOriginOnceWithItsStrongestSource() {
    var day = java.time.LocalDate.of(2024, 3, 1);
    var official =
        new org.pledgewatch.model.Source(
            "s1", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null);
    var rewrite =
        new org.pledgewatch.model.Source(
            "s2", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day, "s1");
    var other =
        new org.pledgewatch.model.Source(
            "s3", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day.plusDays(2), null);
    var x = item("x", rewrite, day);
    var y = item("y", official, day);
    var z = item("z", other, day.plusDays(2));
    var c = commitment();
    // x and y share origin s1 (0.6 as a rewrite, 0.9 as the official original); z is a second
    // origin (0.6).
    var pressOnly =
        new WorkingMemory.Derived<>(
            org.pledgewatch.facts.Finding.satisfied("p", "c", x, z), "two reports");
    var officialOnly =
        new WorkingMemory.Derived<>(
            org.pledgewatch.facts.Finding.satisfied("p", "c", y), "official");
    var all = java.util.Map.of("x", x, "y", y, "z", z);
    var asOf = java.time.LocalDate.of(2024, 4, 1);
    var both = verdict(c, asOf, all, pressOnly, officialOnly);
    // 1 - (1 - 0.9)(1 - 0.6): s1 at its strongest, s3 once.
    assertThat(both.confidence()).isEqualTo(0.96);
    // Met on the day of the earliest finding, dated by its latest item: y, on day.
    assertThat(both.metOn()).isEqualTo(day);
    var one = verdict(c, asOf, all, new WorkingMemory.Derived<>(pressOnly.fact(), "two reports"));
    assertThat(one.confidence()).isEqualTo(0.84);
    assertThat(one.metOn()).isEqualTo(day.plusDays(2));
  }

  @Test
  void distinctOriginsWhoseIdsHashAlikeStayDistinctWhenFindingsAreMerged() {
    // "Aa" and "BB" have the same String hash.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    var day = java.time.LocalDate.of(2024, 3, 1);
    var aa =
        new org.pledgewatch.model.Source(
            "Aa", org.pledgewatch.model.SourceType.PRESS, "p", "t", null, day, null);
    var bb =
        new org.pledgewatch.model.Source(
            "BB", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null);
    var x = item("x", aa, day);
    var y = item("y", bb, day);
    var c = commitment();
    var one =
        new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", x), "one");
    var two =
        new WorkingMemory.Derived<>(org.pledgewatch.facts.Finding.satisfied("p", "c", y, x), "two");
    var a = verdict(c, day, java.util.Map.of("x", x, "y", y), one, two);
    // 1 - (1 - 0.6)(1 - 0.9): two origins, not one at 0.9.
    assertThat(a.confidence()).isEqualTo(0.96);
  }

  /** Commitment "p" of party US, with one criterion "c". */
  private static org.pledgewatch.model.Commitment commitment() {
    return new org.pledgewatch.model.Commitment(
        "p",
        "a",
        "t",
        List.of(),
        List.of("US"),
        "cat",
        org.pledgewatch.model.Deadline.none(),
        List.of(new org.pledgewatch.model.Criterion("c", "d", "s")),
        org.pledgewatch.model.Combination.all(),
        List.of());
  }

  /** Item "e" about "p", from an official source, on 1 March 2024. */
  private static org.pledgewatch.model.Evidence officialItem() {
    var day = java.time.LocalDate.of(2024, 3, 1);
    return item(
        "e",
        new org.pledgewatch.model.Source(
            "s", org.pledgewatch.model.SourceType.OFFICIAL, "p", "t", null, day, null),
        day);
  }

  private static org.pledgewatch.model.Evidence item(
      String id, org.pledgewatch.model.Source source, java.time.LocalDate on) {
    return org.pledgewatch.model.Evidence.builder(id)
        .commitments("p")
        .kind("k")
        .parties(List.of("US"))
        .occurredOn(on)
        .source(source)
        .quote("q")
        .build();
  }
}
