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
import org.pledgewatch.model.Stance;

class WorkingMemoryTest {
  static final String RULES = """
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
  /** The trilateral pack's shape: groups derive corroborations, and one rule turns each into a finding. */
  static final String CHAINED = """
      package wm;
      import java.util.List;
      import org.pledgewatch.facts.EvidenceGroup;
      import org.pledgewatch.facts.Finding;
      import org.pledgewatch.model.Stance;
      import org.pledgewatch.model.SourceType;

      declare Corroborated
          commitment : String @key
          basis : String @key
          items : List @key
      end

      rule "corroborated, official"
      when
          $g : EvidenceGroup(stance == Stance.SUPPORTS, sourceTypes contains SourceType.OFFICIAL)
      then
          insertLogical(new Corroborated($g.commitment(), "official", $g.from(SourceType.OFFICIAL)));
      end

      rule "corroborated, independent"
      when
          $g : EvidenceGroup(stance == Stance.SUPPORTS, origins >= 2)
      then
          insertLogical(new Corroborated($g.commitment(), "independent", $g.items()));
      end

      rule "p: c, corroborated"
      when
          Corroborated(commitment == "p", $basis : basis, $items : items)
      then
          insertLogical(Finding.satisfied("p", "c", $items).because($basis));
      end
      """;
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void aNewItemThatGrowsTwoFindingsOfOneCriterionHandsEachTheReadingOfTheFindingItGrewFrom() {
    growsTwoFindings(RULES);
  }

  @Test
  void theSameWhenTheFindingsAreRetractedBeforeTheirSuccessorsAreDerived() {
    growsTwoFindings(CHAINED);
  }

  private static void growsTwoFindings(String drl) {
    WorkingMemory memory = new WorkingMemory(RuleCompiler.compile(List.of(new RuleText("wm.drl", drl))), 0);
    try {
      Evidence press = item("e1", SourceType.PRESS);
      Evidence official = item("e2", SourceType.OFFICIAL);
      Evidence second = item("e3", SourceType.OFFICIAL);
      Commitment c = new Commitment("p", "a", "t", List.of(), List.of("US"), "cat", Deadline.none(), List.of(new Criterion("c", "d", "s")),
          Combination.all(), List.of());
      memory.insert(press);
      memory.insert(official);
      memory.fire();
      Assessor.assess(c, DAY, Map.of("e1", press, "e2", official), List.of(press, official), List.of(), memory.standing("p"), memory.generation());
      Map<String, Object> read = memo(memory);
      assertThat(read).containsOnlyKeys("official", "independent").doesNotContainValue(null);

      // e3 grows the official finding from one item to two and the independent one from two to three.
      memory.insert(second);
      memory.fire();
      Map<String, Object> handed = memo(memory);
      assertThat(handed.get("official")).isSameAs(read.get("official"));
      assertThat(handed.get("independent")).isSameAs(read.get("independent"));
    } finally {
      memory.dispose();
    }
  }

  @Test
  void theListsOfFindingsAndSetAsidesFollowWhatStandsWhileAListHandedOutStaysAsItWas() {
    String setAside = """
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
    WorkingMemory memory = new WorkingMemory(RuleCompiler.compile(List.of(new RuleText("wm.drl", RULES), new RuleText("aside.drl", setAside))), 0);
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
      assertThat(standing.findings()).extracting(d -> d.fact().note()).containsExactly("independent");
      assertThat(noFindings).isEmpty();
      assertThat(oneAside).hasSize(1);

      // And back.
      memory.delete(second);
      memory.fire();
      assertThat(standing.findings()).isEmpty();
      assertThat(standing.setAsides()).extracting(d -> d.fact().evidence()).containsExactly(List.of("e1"));
    } finally {
      memory.dispose();
    }
  }

  private static Map<String, Object> memo(WorkingMemory memory) {
    Map<String, Object> out = new java.util.HashMap<>();
    for (WorkingMemory.Derived<Finding> d : memory.standing("p").findings()) {
      out.put(d.fact().note(), d.memo);
    }
    return out;
  }

  private static Evidence item(String id, SourceType type) {
    Source source = new Source("s-" + id, type, "publisher " + id, "title", null, DAY, null);
    return new Evidence(id, "p", null, "k", Stance.SUPPORTS, List.of("US"), DAY, null, source, "q", null, List.of(), null);
  }
}
