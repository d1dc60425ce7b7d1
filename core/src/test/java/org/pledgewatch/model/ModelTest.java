package org.pledgewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;

class ModelTest {
  static final LocalDate DAY = LocalDate.of(2024, 2, 28);
  static final Criterion C = new Criterion("c", "d", "s");

  static Commitment commitment(String id, List<Criterion> criteria, Combination combination) {
    return new Commitment(
        id,
        "a",
        "t",
        List.of(),
        List.of("US"),
        "cat",
        Deadline.none(),
        criteria,
        combination,
        List.of());
  }

  @Test
  void idsMustBeSimpleAndTextMustNotBeBlank() {
    assertThatThrownBy(() -> Party.of("U S", "United States"))
        .hasMessage(
            "party id must be letters, digits, '.', '_', ':' or '-' (starting with a letter or digit), but was 'U S'");
    assertThatThrownBy(() -> Party.of("US", " ")).hasMessage("party 'US': name must not be blank");
  }

  @Test
  void commitmentsNeedCriteriaUniqueIdsAndAPossibleCombination() {
    assertThatThrownBy(() -> commitment("p", List.of(), Combination.all()))
        .hasMessageContaining("criteria must hold at least one criterion");
    assertThatThrownBy(() -> commitment("p", List.of(C, C), Combination.all()))
        .hasMessageContaining("'c' appears twice");
    assertThatThrownBy(() -> commitment("p", List.of(C), Combination.atLeast(2)))
        .hasMessage(
            "commitment 'p': combination requires 2 criteria of full credit, but there are only 1");
    assertThatThrownBy(() -> Combination.atLeast(0))
        .hasMessage("combination AT_LEAST needs required >= 1, but was 0");
    assertThat(Combination.atLeast(2).requiredOf(3)).isEqualTo(2);
    assertThat(Combination.all().requiredOf(3)).isEqualTo(3);
  }

  @Test
  void deadlinesNeedADueDateExceptNone() {
    assertThatThrownBy(() -> new Deadline(Deadline.Kind.HARD, null, null))
        .hasMessage("a deadline of kind HARD needs a due date, but was null");
    assertThatThrownBy(() -> new Deadline(Deadline.Kind.NONE, DAY, null))
        .hasMessageContaining("must have no due date");
    Deadline soft = new Deadline(Deadline.Kind.SOFT, DAY, "in February");
    assertThat(soft.passed(DAY)).isFalse();
    assertThat(soft.passed(DAY.plusDays(1))).isTrue();
    assertThat(soft.late(DAY.plusDays(1))).isTrue();
    assertThat(new Deadline(Deadline.Kind.COMPLIANCE_PERIOD, DAY, null).late(DAY.plusDays(1)))
        .isFalse();
  }

  @Test
  void evidenceCannotBePublishedBeforeItHappenedAndCopiesItsSourcesDate() {
    Source s = new Source("s", SourceType.PRESS, "p", "t", null, DAY, null);
    assertThatThrownBy(
            () ->
                Evidence.builder("e")
                    .commitments("p")
                    .kind("meeting-held")
                    .occurredOn(DAY.plusDays(1))
                    .source(s)
                    .quote("q")
                    .build())
        .hasMessage(
            "evidence 'e': occurredOn must not be after publishedOn, but was 2024-02-29 > 2024-02-28");
    assertThatThrownBy(
            () ->
                Evidence.builder("e")
                    .commitments("p")
                    .kind("Meeting Held")
                    .occurredOn(DAY)
                    .source(s)
                    .quote("q")
                    .build())
        .hasMessageContaining("kind must be a lower-case hyphenated word");
    Evidence e =
        Evidence.builder("e")
            .commitments("p")
            .kind("meeting-held")
            .parties(new ArrayList<>(List.of("US")))
            .occurredOn(DAY)
            .source(s)
            .quote("q")
            .build();
    assertThat(e.publishedOn()).isEqualTo(DAY);
    assertThat(e.origin()).isEqualTo("s");
    assertThatThrownBy(() -> e.parties().add("MX"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void figuresKeepTheirQuantityExactlyAsGiven() {
    // Stored and reported as validated, never rounded: equal quantities are compared as numbers
    // when figures are compared.
    assertThat(new Figure("m", new BigDecimal("176205.00"), "u", null).quantity().toPlainString())
        .isEqualTo("176205.00");
    assertThat(new Figure("m", new BigDecimal("2.7E+6"), "u", null).quantity().toPlainString())
        .isEqualTo("2700000");
    assertThatThrownBy(() -> new Figure("m", BigDecimal.ONE, "u", "Jan 2024"))
        .hasMessageContaining("period must be a month (2024-01)");
  }

  @Test
  void aCatalogReportsEveryBrokenReferenceAndAliasClashAtOnce() {
    Party mx = new Party("MX", "Mexico", null, List.of("Estados Unidos Mexicanos"));
    Party us = new Party("US", "United States", "XX", List.of("estados unidos mexicanos"));
    Agreement a = new Agreement("a", "t", DAY, "p", List.of("US", "GT"), List.of());
    assertThatThrownBy(
            () ->
                new Catalog(
                    List.of(mx, us),
                    List.of(a),
                    List.of(
                        commitment("p", List.of(C), Combination.all()),
                        commitment("p", List.of(C), Combination.all()))))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CATALOG);
              assertThat(e.problems())
                  .extracting(Problem::toString)
                  .containsExactly(
                      "party 'US': memberOf must name a party in the catalog, but was 'XX'",
                      "party 'US': the name or alias 'estados unidos mexicanos' also belongs to party 'MX': aliases must resolve to one party",
                      "agreement 'a': parties must name parties in the catalog, but 'GT' is not one",
                      "commitment 'p': commitment ids must be unique, but 'p' appears twice");
            });
  }

  @Test
  void derivedFromChainsMustResolveWithoutLoops() {
    Source a = new Source("a", SourceType.PRESS, "p", "t", null, DAY, "b");
    Source b = new Source("b", SourceType.PRESS, "p", "t", null, DAY, "a");
    assertThatThrownBy(() -> new EvidenceSet(List.of(a, b), List.of()))
        .hasMessageContaining("derivedFrom chain must not loop");
    Source c = new Source("c", SourceType.PRESS, "p", "t", null, DAY, "missing");
    assertThatThrownBy(() -> new EvidenceSet(List.of(c), List.of()))
        .hasMessageContaining("derivedFrom must name a source in the set, but was 'missing'");
    Source root = new Source("root", SourceType.OFFICIAL, "p", "t", null, DAY, null);
    Source mid = new Source("mid", SourceType.PRESS, "p", "t", null, DAY, "root");
    Source leaf = new Source("leaf", SourceType.PRESS, "p", "t", null, DAY, "mid");
    Evidence e =
        Evidence.builder("e")
            .commitments("p")
            .kind("k")
            .occurredOn(DAY)
            .source(leaf)
            .quote("q")
            .build();
    assertThat(new EvidenceSet(List.of(root, mid, leaf), List.of(e)).evidence().get(0).origin())
        .isEqualTo("root");
  }

  @Test
  void evidenceIsAValueWhoseHashIsItsIds() {
    Source s = new Source("s", SourceType.PRESS, "Publisher", "Title", null, DAY, null);
    Evidence a =
        Evidence.builder("e")
            .commitments("p")
            .kind("k")
            .parties(List.of("US"))
            .occurredOn(DAY)
            .source(s)
            .quote("q")
            .build();
    Evidence same =
        Evidence.builder("e")
            .commitments("p")
            .kind("k")
            .parties(List.of("US"))
            .occurredOn(DAY)
            .source(s)
            .quote("q")
            .build();
    Evidence otherQuote =
        Evidence.builder("e")
            .commitments("p")
            .kind("k")
            .parties(List.of("US"))
            .occurredOn(DAY)
            .source(s)
            .quote("another quote")
            .build();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).hasSameHashCodeAs("e");
    assertThat(a).isNotEqualTo(otherQuote);
    assertThat(new java.util.HashSet<>(List.of(a, same, otherQuote))).hasSize(2);
  }

  @Test
  void evidenceByIdIsSortedAndImmutableWhateverTheSize() {
    Source s = new Source("s", SourceType.PRESS, "Publisher", "Title", null, DAY, null);
    Evidence b =
        Evidence.builder("b")
            .commitments("p")
            .kind("k")
            .parties(List.of("US"))
            .occurredOn(DAY)
            .source(s)
            .quote("q")
            .build();
    Evidence a =
        Evidence.builder("a")
            .commitments("p")
            .kind("k")
            .parties(List.of("US"))
            .occurredOn(DAY)
            .source(s)
            .quote("q")
            .build();
    List<Evidence> two = new EvidenceSet(List.of(s), List.of(b, a)).evidenceById();
    assertThat(two).extracting(Evidence::id).containsExactly("a", "b");
    assertThatThrownBy(() -> two.add(a)).isInstanceOf(UnsupportedOperationException.class);
    List<Evidence> one = new EvidenceSet(List.of(s), List.of(b)).evidenceById();
    assertThat(one).extracting(Evidence::id).containsExactly("b");
    assertThatThrownBy(() -> one.add(a)).isInstanceOf(UnsupportedOperationException.class);
  }
}
