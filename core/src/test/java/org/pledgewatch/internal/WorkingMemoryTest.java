package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgewatch.facts.Finding;
import org.pledgewatch.model.Combination;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;

class WorkingMemoryTest {
  static final String RULES =
      """
      package wm;
      import org.pledgewatch.facts.EvidenceGroup;
      import org.pledgewatch.facts.Finding;
      import org.pledgewatch.model.Stance;
      import org.pledgewatch.model.SourceType;

      rule "p: c, official"
      when
          $g : EvidenceGroup(commitment == "p", stance == Stance.SUPPORTS, sourceTypes contains SourceType.OFFICIAL)
      then
          insertLogical(Finding.satisfied("p", "c", $g.from(SourceType.OFFICIAL)).because("official"));
      end

      rule "p: c, independent"
      when
          $g : EvidenceGroup(commitment == "p", stance == Stance.SUPPORTS, origins >= 2)
      then
          insertLogical(Finding.satisfied("p", "c", $g.items()).because("independent"));
      end
      """;
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void whatTheFindingsGaveIsKeptWhileNoItemOfItsCommitmentLeavesAndTakenAgainOnceOneDoes() {
    WorkingMemory memory =
        new WorkingMemory(RuleCompiler.compile(List.of(new RuleText("wm.drl", RULES))), 0, null);
    try {
      Commitment c =
          new Commitment(
              "p",
              "a",
              "t",
              List.of(),
              List.of("US"),
              "cat",
              Deadline.none(),
              List.of(new Criterion("c", "d", "s")),
              Combination.all(),
              List.of());
      Evidence official = item("e1", "p", "k", SourceType.OFFICIAL);
      Evidence unrelated = item("e2", "p", "other-kind", SourceType.PRESS);
      Evidence elsewhere = item("e3", "q", "k", SourceType.PRESS);
      Map<String, Evidence> all =
          new java.util.HashMap<>(Map.of("e1", official, "e2", unrelated, "e3", elsewhere));
      memory.insert(official);
      memory.insert(unrelated);
      memory.insert(elsewhere);
      memory.fire();
      Object first = reading(memory, c, all);
      assertThat(first).isNotNull().isSameAs(reading(memory, c, all));

      // An item of another commitment leaves: the finding cites only items of its own, so its
      // reading holds.
      memory.delete(elsewhere);
      all.remove("e3");
      memory.fire();
      assertThat(reading(memory, c, all)).isSameAs(first);

      // An item of this commitment leaves (not one the finding cites): the reading is taken again.
      memory.delete(unrelated);
      all.remove("e2");
      memory.fire();
      Object again = reading(memory, c, all);
      assertThat(again).isNotNull().isNotSameAs(first);
      assertThat(reading(memory, c, all)).isSameAs(again);
    } finally {
      memory.dispose();
    }
  }

  /** Assesses {@code c} and returns what it keeps of its findings. */
  private static Object reading(WorkingMemory memory, Commitment c, Map<String, Evidence> all) {
    Assessor.assess(
        c,
        DAY,
        all,
        List.copyOf(all.values()),
        List.of(),
        memory.standing("p"),
        memory.retractions(),
        java.time.LocalDate.MIN);
    assertThat(memory.standing("p").findings()).hasSize(1);
    return memory.standing("p").kept;
  }

  @Test
  void theListsOfFindingsAndSetAsidesFollowWhatStandsWhileAListHandedOutStaysAsItWas() {
    String setAside =
        """
        package wm;
        import org.pledgewatch.facts.EvidenceGroup;
        import org.pledgewatch.facts.SetAside;
        import org.pledgewatch.model.Stance;

        rule "p: one report, set aside"
        when
            $g : EvidenceGroup(commitment == "p", stance == Stance.SUPPORTS, origins < 2)
        then
            insertLogical(SetAside.of($g.items(), "one report"));
        end
        """;
    WorkingMemory memory =
        new WorkingMemory(
            RuleCompiler.compile(
                List.of(new RuleText("wm.drl", RULES), new RuleText("aside.drl", setAside))),
            0,
            null);
    try {
      Evidence first = item("e1", SourceType.PRESS);
      Evidence second = item("e2", SourceType.PRESS);
      memory.insert(first);
      memory.fire();
      WorkingMemory.Standing standing = memory.standing("p");
      List<WorkingMemory.Derived<Finding>> noFindings = standing.findings();
      List<WorkingMemory.Derived<org.pledgewatch.facts.SetAside>> oneAside = standing.setAsides();
      assertThat(noFindings).isEmpty();
      assertThat(oneAside).hasSize(1);

      // A second independent report: the set-aside goes, a finding comes.
      memory.insert(second);
      memory.fire();
      assertThat(standing.setAsides()).isEmpty();
      assertThat(standing.findings())
          .extracting(d -> d.fact().note())
          .containsExactly("independent");
      assertThat(noFindings).isEmpty();
      assertThat(oneAside).hasSize(1);

      // And back.
      memory.delete(second);
      memory.fire();
      assertThat(standing.findings()).isEmpty();
      assertThat(standing.setAsides())
          .extracting(d -> d.fact().evidence())
          .containsExactly(List.of("e1"));
    } finally {
      memory.dispose();
    }
  }

  private static Evidence item(String id, SourceType type) {
    return item(id, "p", "k", type);
  }

  private static Evidence item(String id, String commitment, String kind, SourceType type) {
    Source source = new Source("s-" + id, type, "publisher " + id, "title", null, DAY, null);
    return Evidence.builder(id)
        .commitments(commitment)
        .kind(kind)
        .parties(List.of("US"))
        .occurredOn(DAY)
        .source(source)
        .quote("q")
        .build();
  }
}
