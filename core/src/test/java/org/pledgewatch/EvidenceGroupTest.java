package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgewatch.EngineTest.OFFICIAL;
import static org.pledgewatch.EngineTest.PRESS_A;
import static org.pledgewatch.EngineTest.PRESS_B;
import static org.pledgewatch.Fixture.DUE;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.item;
import static org.pledgewatch.Fixture.rewrite;
import static org.pledgewatch.Fixture.set;
import static org.pledgewatch.Fixture.source;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.facts.EvidenceGroup;
import org.pledgewatch.facts.SetAside;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The engine's evidence groups: one fact per (commitment, kind, stance), kept up to date as items
 * come and go.
 */
class EvidenceGroupTest {
  static final String RULES =
      """
      package groups;
      import org.pledgewatch.facts.EvidenceGroup;
      import org.pledgewatch.facts.Finding;
      import org.pledgewatch.facts.SetAside;
      import org.pledgewatch.model.Stance;
      import org.pledgewatch.model.SourceType;

      rule "p-group: established by two independent origins"
          @pledge("p-group") @criterion("established")
      when
          $g : EvidenceGroup(commitment == "p-group", kind == "body-established", stance == Stance.SUPPORTS, origins >= 2)
      then
          insertLogical(Finding.satisfied("p-group", "established", $g.items()).because($g.origins() + " origins"));
      end

      rule "p-group: a group of meetings reported by the press alone is set aside"
      when
          $g : EvidenceGroup(commitment == "p-group", kind == "body-met", !(sourceTypes contains SourceType.OFFICIAL))
      then
          insertLogical(SetAside.of($g.items(), "press reports of meetings need an official record"));
      end

      rule "p-statement: issued by an official source"
          @pledge("p-statement") @criterion("issued")
      when
          $g : EvidenceGroup(commitment == "p-statement", stance == Stance.SUPPORTS, sourceTypes contains SourceType.OFFICIAL)
      then
          insertLogical(Finding.satisfied("p-statement", "issued", $g.from(SourceType.OFFICIAL)));
      end
      """;

  final ComplianceEngine engine =
      ComplianceEngine.builder()
          .allowUncoveredCriteria()
          .addRules("groups.drl", RULES)
          .clock(Fixture.CLOCK)
          .build();

  static Evidence established(String id, Source source) {
    return item(
        id, "p-group", "body-established", Stance.SUPPORTS, source, MEETING, "US", "MX", "GT");
  }

  @Test
  void aGroupCountsOriginsSoARewriteDoesNotCorroborate() {
    Source copy = rewrite("s-copy", PRESS_A.id(), MEETING.plusDays(1));
    var oneOrigin =
        engine.evaluate(catalog(), set(established("e1", PRESS_A), established("e2", copy)), DUE);
    assertThat(
            oneOrigin
                .assessment("p-group")
                .orElseThrow()
                .explanation()
                .criteria()
                .get(0)
                .satisfied())
        .isFalse();

    var twoOrigins =
        engine.evaluate(
            catalog(),
            set(established("e1", PRESS_A), established("e2", copy), established("e3", PRESS_B)),
            DUE);
    var established =
        twoOrigins.assessment("p-group").orElseThrow().explanation().criteria().get(0);
    assertThat(established.satisfied()).isTrue();
    assertThat(established.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.evidence()).containsExactly("e1", "e2", "e3");
              assertThat(d.note()).isEqualTo("2 origins");
            });
  }

  @Test
  void aMonitorReplacesTheGroupAsItemsComeAndGoAndAgreesWithAFullEvaluation() {
    try (Monitor monitor = engine.monitor(catalog(), DUE)) {
      monitor.add(set(established("e1", PRESS_A)));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isFalse();
      monitor.add(set(established("e2", PRESS_B)));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isTrue();
      monitor.retract(List.of("e1"));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isFalse();
      monitor.retract(List.of("e2"));
      monitor.add(set(established("e1", PRESS_A), established("e3", PRESS_B)));
      assertThat(monitor.report().assessments())
          .isEqualTo(
              engine
                  .evaluate(
                      catalog(), set(established("e1", PRESS_A), established("e3", PRESS_B)), DUE)
                  .assessments());
    }
  }

  @Test
  void aMonitorKeepsItsGroupsInIdOrderAndCountsOriginsAsItemsArriveOutOfOrderAndLeave() {
    Source copyOfB = rewrite("s-copy-b", PRESS_B.id(), MEETING.plusDays(2));
    try (Monitor monitor = engine.monitor(catalog(), DUE)) {
      monitor.add(set(established("e3", PRESS_B)));
      // A rewrite of the same report: two items, one origin.
      monitor.add(
          new org.pledgewatch.model.EvidenceSet(
              List.of(PRESS_B, copyOfB), List.of(established("e1", copyOfB))));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isFalse();
      monitor.add(set(established("e2", PRESS_A)));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).decisions())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.evidence()).containsExactly("e1", "e2", "e3");
                assertThat(d.note()).isEqualTo("2 origins");
              });
      // e1 still carries PRESS_B's origin after e3 leaves.
      monitor.retract(List.of("e3"));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).decisions())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.evidence()).containsExactly("e1", "e2");
                assertThat(d.note()).isEqualTo("2 origins");
              });
      monitor.retract(List.of("e1"));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isFalse();
    }
  }

  @Test
  void aFindingListsItsEvidenceOnceInIdOrderWhateverOrderItIsGiven() {
    Evidence a = established("e1", PRESS_A);
    Evidence b = established("e2", PRESS_B);
    assertThat(
            org.pledgewatch.facts.Finding.satisfied("p-group", "established", b, a, b).evidence())
        .containsExactly("e1", "e2");
    assertThat(
            org.pledgewatch.facts.Finding.satisfied("p-group", "established", List.of(a, b))
                .evidence())
        .containsExactly("e1", "e2");
    assertThat(org.pledgewatch.facts.Finding.satisfied("p-group", "established", a, a).evidence())
        .containsExactly("e1");
  }

  @Test
  void itemsPublishedAfterTheAsOfDateJoinTheGroupWhenTheDateMoves() {
    Source june = source("s-june", SourceType.PRESS, LocalDate.of(2024, 6, 3));
    try (Monitor monitor = engine.monitor(catalog(), DUE)) {
      monitor.add(set(established("e1", PRESS_A), established("e2", june)));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isFalse();
      monitor.advanceTo(LocalDate.of(2024, 6, 30));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isTrue();
    }
  }

  @Test
  void groupsOfOtherStancesAndKindsAreSeparate() {
    var report =
        engine.evaluate(
            catalog(),
            set(
                item(
                    "e-deny",
                    "p-statement",
                    "statement-issued",
                    Stance.CONTRADICTS,
                    OFFICIAL,
                    MEETING,
                    "US"),
                item(
                    "e-press",
                    "p-statement",
                    "statement-issued",
                    Stance.SUPPORTS,
                    PRESS_A,
                    MEETING,
                    "US")),
            DUE);
    assertThat(
            report
                .assessment("p-statement")
                .orElseThrow()
                .explanation()
                .criteria()
                .get(0)
                .satisfied())
        .isFalse();
  }

  @Test
  void oneSetAsideCoversAWholeGroupAndGivesEachItemItsReason() {
    Evidence metA = item("e-met-a", "p-group", "body-met", Stance.SUPPORTS, PRESS_A, MEETING, "US");
    Evidence metB = item("e-met-b", "p-group", "body-met", Stance.SUPPORTS, PRESS_B, MEETING, "MX");
    var setAside =
        engine
            .evaluate(catalog(), set(metA, metB), DUE)
            .assessment("p-group")
            .orElseThrow()
            .explanation()
            .setAside();
    assertThat(setAside).extracting(SetAsideItem::evidence).containsExactly("e-met-a", "e-met-b");
    assertThat(setAside)
        .extracting(SetAsideItem::reason)
        .containsOnly(
            "press reports of meetings need an official record (rule 'p-group: a group of meetings reported by the press alone is set aside')");

    SetAside both = SetAside.of(List.of(metB, metA, metA), "why");
    assertThat(both.evidence()).containsExactly("e-met-a", "e-met-b");
    assertThat(both.commitment()).isEqualTo("p-group");
    assertThatThrownBy(() -> SetAside.of(List.of(metA, EngineTest.statement()), "why"))
        .hasMessageContaining("'e-statement'")
        .hasMessageContaining("p-statement");
    assertThatThrownBy(() -> SetAside.of(List.<Evidence>of(), "why")).hasMessageContaining("none");
  }

  @Test
  void aGroupIsBuiltFromItemsOfOneCommitmentKindAndStanceInIdOrder() {
    EvidenceGroup g =
        EvidenceGroup.of(
            "p-group",
            List.of(
                established("e2", PRESS_B),
                established("e1", PRESS_A),
                established("e3", OFFICIAL)));
    assertThat(g.items()).extracting(Evidence::id).containsExactly("e1", "e2", "e3");
    assertThat(g.origins()).isEqualTo(3);
    assertThat(g.sourceTypes()).containsExactlyInAnyOrder(SourceType.PRESS, SourceType.OFFICIAL);
    assertThat(g.from(SourceType.OFFICIAL)).extracting(Evidence::id).containsExactly("e3");
    assertThat(g.anyFrom(SourceType.NGO, SourceType.OFFICIAL)).isTrue();
    assertThat(g.anyFrom(SourceType.NGO)).isFalse();
    assertThatThrownBy(
            () ->
                EvidenceGroup.of(
                    "p-group",
                    List.of(
                        established("e1", PRESS_A),
                        item(
                            "e9", "p-group", "body-met", Stance.SUPPORTS, PRESS_B, MEETING, "US"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'e9'")
        .hasMessageContaining("body-met");
    assertThatThrownBy(() -> EvidenceGroup.of("p-group", List.of()))
        .hasMessageContaining("at least one item");
  }

  @Test
  void aBuilderKeepsItemsInIdOrderAndItsCountsAsItemsComeAndGo() {
    Source copyOfB = rewrite("s-copy-b", PRESS_B.id(), MEETING.plusDays(2));
    org.pledgewatch.internal.GroupBuilder b = new org.pledgewatch.internal.GroupBuilder("p-group");
    b.add(established("e3", PRESS_B))
        .add(established("e1", copyOfB))
        .add(established("e2", OFFICIAL))
        .add(established("e4", PRESS_A));
    EvidenceGroup all = b.build();
    assertThat(all.items()).extracting(Evidence::id).containsExactly("e1", "e2", "e3", "e4");
    assertThat(all.origins()).isEqualTo(3);
    assertThat(all.sourceTypes()).containsExactlyInAnyOrder(SourceType.PRESS, SourceType.OFFICIAL);

    assertThat(b.remove(established("e2", OFFICIAL))).isTrue();
    assertThat(b.remove(established("e9", OFFICIAL))).isFalse();
    b.remove(established("e3", PRESS_B));
    EvidenceGroup left = b.build();
    // e1 keeps PRESS_B's origin after e3 leaves; the official source is gone with e2.
    assertThat(left.items()).extracting(Evidence::id).containsExactly("e1", "e4");
    assertThat(left.origins()).isEqualTo(2);
    assertThat(left.sourceTypes()).containsExactly(SourceType.PRESS);
    assertThat(all.items()).as("a built group does not change").hasSize(4);

    assertThatThrownBy(
            () -> b.add(item("e9", "p-group", "body-met", Stance.SUPPORTS, PRESS_B, MEETING, "US")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'e9'")
        .hasMessageContaining("body-met")
        .hasMessageContaining("body-established");
    assertThatThrownBy(() -> new org.pledgewatch.internal.GroupBuilder("p-group").build())
        .hasMessageContaining("at least one item");
  }

  @Test
  void aGroupsItemsAndWhatIsBuiltFromThemEqualAndHashAsPlainListsDo() {
    Evidence a = established("e1", PRESS_A);
    Evidence b = established("e2", OFFICIAL);
    Evidence c = established("e3", PRESS_B);
    EvidenceGroup g =
        new org.pledgewatch.internal.GroupBuilder("p-group").add(c).add(a).add(b).build();
    assertThat(g.items()).isEqualTo(List.of(a, b, c)).hasSameHashCodeAs(List.of(a, b, c));
    assertThat(List.of(a, b, c)).isEqualTo(g.items());
    assertThat(g.from(SourceType.OFFICIAL)).isEqualTo(List.of(b)).hasSameHashCodeAs(List.of(b));
    assertThat(g.from(SourceType.PRESS)).isEqualTo(List.of(a, c)).hasSameHashCodeAs(List.of(a, c));
    assertThat(g.from(SourceType.NGO)).isEmpty();
    assertThatThrownBy(() -> g.items().add(a)).isInstanceOf(UnsupportedOperationException.class);

    org.pledgewatch.facts.Finding fromGroup =
        org.pledgewatch.facts.Finding.satisfied("p-group", "established", g.items());
    org.pledgewatch.facts.Finding fromList =
        org.pledgewatch.facts.Finding.satisfied("p-group", "established", List.of(c, a, b));
    assertThat(fromGroup.evidence())
        .containsExactly("e1", "e2", "e3")
        .isEqualTo(List.of("e1", "e2", "e3"))
        .hasSameHashCodeAs(List.of("e1", "e2", "e3"));
    assertThat(fromGroup).isEqualTo(fromList).hasSameHashCodeAs(fromList);
    assertThat(
            new org.pledgewatch.facts.Finding(
                "p-group", "established", Stance.SUPPORTS, null, List.of("e1", "e2", "e3"), null))
        .isEqualTo(fromGroup)
        .hasSameHashCodeAs(fromGroup);
    assertThat(
            org.pledgewatch.facts.Finding.satisfied(
                    "p-group", "established", g.from(SourceType.PRESS))
                .evidence())
        .containsExactly("e1", "e3");

    SetAside groupSetAside = SetAside.of(g.items(), "why");
    assertThat(groupSetAside)
        .isEqualTo(SetAside.of(List.of(c, b, a), "why"))
        .hasSameHashCodeAs(SetAside.of(List.of(c, b, a), "why"));
    assertThat(groupSetAside.evidence()).containsExactly("e1", "e2", "e3");
    assertThat(new SetAside(List.of("e3", "e1", "e3"), "p-group", "why").evidence())
        .containsExactly("e1", "e3");
  }
}
