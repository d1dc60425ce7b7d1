package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Stance;

class RuleFailureTest {
  static final String HEADER =
      """
      package broken;
      import org.pledgewatch.model.*;
      import org.pledgewatch.facts.*;
      """;

  @Test
  void everyCompileErrorIsReportedWithItsSourceLineAndColumn() {
    String drl =
        HEADER
            + """
        rule "unknown field"
        when
            $e : Evidence(commitmnt == "p-statement")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        rule "unknown class in consequence"
        when
            $e : Evidence(commitments contains "p-statement")
        then
            insertLogical(new Nonexistent($e));
        end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("broken.drl", drl).build())
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RULE_COMPILE_ERROR);
              assertThat(e.problems()).hasSize(2);
              assertThat(e.problems().get(0).location())
                  .extracting(Location::file, Location::line)
                  .containsExactly("broken.drl", 6);
              assertThat(e.problems().get(0).message()).contains("commitmnt");
              assertThat(e.problems().get(1).location().file()).isEqualTo("broken.drl");
              assertThat(e.problems().get(1).message()).contains("Nonexistent");
              assertThat(e.getMessage()).startsWith("rule_compile_error: 2 problems");
            });
  }

  @Test
  void aSyntaxErrorGivesLineAndColumn() {
    String drl =
        HEADER + "rule \"no end\"\nwhen\n    $e : Evidence(commitments contains )\nthen\nend\n";
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("syntax.drl", drl).build())
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.problems())
                    .first()
                    .satisfies(
                        p -> {
                          assertThat(p.location())
                              .extracting(Location::file, Location::line)
                              .containsExactly("syntax.drl", 6);
                          assertThat(p.location().column()).isPositive();
                        }));
  }

  @Test
  void errorsFromSeveralFilesAreCollectedBeforeFailing(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.drl"), HEADER + "rule \"a\" when Evidence(nope == 1) then end\n");
    Files.writeString(
        dir.resolve("b.drl"), HEADER + "rule \"b\" when Evidence(alsoNope == 1) then end\n");
    assertThatThrownBy(() -> ComplianceEngine.builder().addRulesFrom(dir).build())
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().file())
                    .contains(dir.resolve("a.drl").toString(), dir.resolve("b.drl").toString()));
  }

  @Test
  void aTypeDeclaredInALaterSourceIsKnownToAnEarlierOne() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "a-uses.drl",
                HEADER
                    + """
            rule "p-statement: issued via a declared fact" @pledge("p-statement") @criterion("issued")
            when Seen($e : item) then insertLogical(Finding.satisfied("p-statement", "issued", (Evidence) $e)); end
            """)
            .addRules(
                "z-declares.drl",
                HEADER
                    + """
            declare Seen item : Object @key end
            rule "see" when $e : Evidence(commitments contains "p-statement") then insertLogical(new Seen($e)); end
            """)
            .build();
    assertThat(
            engine
                .evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING)
                .status("p-statement"))
        .isEqualTo(Status.MET);
  }

  @Test
  void noRuleSourcesIsAnErrorAtBuild() {
    assertThatThrownBy(() -> ComplianceEngine.builder().build())
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.RULE_SOURCE_ERROR));
    assertThatThrownBy(() -> ComplianceEngine.builder().addRulesFromClasspath("no/such/dir"))
        .hasMessageContaining("classpath:no/such/dir");
  }

  @Test
  void aThrowingConsequenceNamesTheRuleAndCommitmentAndTheEngineStaysUsable() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "throws.drl",
                HEADER
                    + """
        rule "explodes" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "boom")
        then
            throw new IllegalStateException("kaboom");
        end
        rule "fine" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "statement-issued")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        """)
            .build();
    EvidenceSet boom =
        Fixture.set(
            Fixture.item(
                "e-boom",
                "p-statement",
                "boom",
                Stance.SUPPORTS,
                EngineTest.PRESS_A,
                MEETING,
                "US"));
    assertThatThrownBy(() -> engine.evaluate(catalog(), boom, MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
              assertThat(e.problems().get(0).location()).isEqualTo(Location.rule("explodes"));
              assertThat(e.problems().get(0).message())
                  .contains(
                      "IllegalStateException: kaboom", "commitment p-statement", "evidence e-boom");
            });
    assertThat(
            engine
                .evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING)
                .status("p-statement"))
        .isEqualTo(Status.MET);
  }

  @Test
  void aLoopingRuleIsStoppedByTheFiringLimit() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .firingLimit(500)
            .addRules(
                "loop.drl",
                HEADER
                    + """
        declare Counter n : int end
        rule "seed" when Evidence() then insert(new Counter(0)); end
        rule "forever"
        when
            $c : Counter()
        then
            insert(new Counter($c.getN() + 1));
        end
        """)
            .build();
    assertThatThrownBy(
            () -> engine.evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.FIRING_LIMIT_EXCEEDED);
              assertThat(e.problems().get(0).location()).isEqualTo(Location.rule("forever"));
              assertThat(e.getMessage()).contains("limit of 500");
            });
  }

  @Test
  void theDefaultLimitScalesWithTheInputSoLargeEvaluationsAreNotMistakenForLoops() {
    assertThat(org.pledgewatch.internal.WorkingMemory.scaledLimit(0)).isEqualTo(1_000_000L);
    assertThat(org.pledgewatch.internal.WorkingMemory.scaledLimit(1_000_000))
        .isEqualTo(21_000_000L);
  }

  @Test
  void aFindingThatContradictsItsRuleMetadataIsARuleError() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "meta.drl",
                HEADER
                    + """
        rule "mislabelled" @pledge("p-group") @criterion("met")
        when
            $e : Evidence(commitments contains "p-statement")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        """)
            .build();
    assertThatThrownBy(
            () -> engine.evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING))
        .hasMessageContaining("rule 'mislabelled'")
        .hasMessageContaining("@pledge is 'p-group'");
  }

  @Test
  void aFindingForAnUnknownCriterionIsARuleError() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "unknown.drl",
                HEADER
                    + """
        rule "typo"
        when
            $e : Evidence(commitments contains "p-statement")
        then
            insertLogical(Finding.satisfied("p-statement", "isued", $e));
        end
        """)
            .build();
    assertThatThrownBy(
            () -> engine.evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
              assertThat(e.getMessage()).contains("rule 'typo'", "criterion 'isued'", "[issued]");
            });
  }

  @Test
  void aStatedFindingWhoseEvidenceIsRetractedIsARuleErrorAndTheMonitorIsUnchanged() {
    // insert, not insertLogical: the finding outlives its evidence. The monitor keeps what it read
    // of a standing finding's evidence between updates, and must read it again after a retraction.
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "stated.drl",
                HEADER
                    + """
        rule "stated" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement")
        then
            insert(Finding.satisfied("p-statement", "issued", $e));
        end
        """)
            .build();
    try (Monitor monitor = engine.monitor(catalog(), MEETING)) {
      monitor.add(Fixture.set(EngineTest.statement()));
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.MET);
      assertThatThrownBy(() -> monitor.retract(java.util.List.of("e-statement")))
          .isInstanceOfSatisfying(
              PledgewatchException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
                assertThat(e.getMessage())
                    .contains("rule 'stated'", "evidence 'e-statement'", "not in working memory");
              });
      assertThat(monitor.size()).isEqualTo(1);
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.MET);
    }
  }

  @Test
  void aStatedFindingCitingAnotherCommitmentsRetractedEvidenceIsARuleErrorOnItsNextUpdate() {
    // What was read of a finding that cites only its own commitment's items is kept until one of
    // them leaves; a finding that cites another commitment's item must be read again after any
    // retraction, or it would go on citing an item that is gone.
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "cross.drl",
                HEADER
                    + """
        rule "cross" @pledge("p-group") @criterion("established")
        when
            $e : Evidence(commitments contains "p-statement")
        then
            insert(Finding.satisfied("p-group", "established", $e));
        end
        """)
            .build();
    try (Monitor monitor = engine.monitor(catalog(), MEETING)) {
      monitor.add(Fixture.set(EngineTest.statement()));
      assertThat(monitor.assessment("p-group").explanation().criteria().get(0).satisfied())
          .isTrue();
      monitor.retract(java.util.List.of("e-statement"));
      Evidence meeting =
          Fixture.item(
              "e-meeting",
              "p-group",
              "meeting-held",
              Stance.SUPPORTS,
              EngineTest.PRESS_A,
              MEETING,
              "US");
      assertThatThrownBy(() -> monitor.add(Fixture.set(meeting)))
          .isInstanceOfSatisfying(
              PledgewatchException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
                assertThat(e.getMessage())
                    .contains("rule 'cross'", "evidence 'e-statement'", "not in working memory");
              });
      assertThat(monitor.size()).isZero();
    }
  }

  /** A rule whose consequence throws an Error of its own: an assert, or a recursion without end. */
  static ComplianceEngine erring() {
    return ComplianceEngine.builder()
        .allowUncoveredCriteria()
        .addRules(
            "errors.drl",
            HEADER
                + """
        function int down(int n) { return down(n + 1) + 1; }
        rule "asserts" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "assert")
        then
            throw new AssertionError("never");
        end
        rule "recurses" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "recurse")
        then
            down(0);
        end
        rule "recurses in its condition" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(kind == "recurse-in-condition", down(0) > 0)
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        rule "fine" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "statement-issued")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        """)
        .build();
  }

  static EvidenceSet item(String id, String kind) {
    return Fixture.set(
        Fixture.item(id, "p-statement", kind, Stance.SUPPORTS, EngineTest.PRESS_A, MEETING, "US"));
  }

  /**
   * An Error thrown by a rule (Drools lets it through its consequence handler) is a rule error
   * naming the rule, commitment and evidence, and the engine stays usable.
   */
  @Test
  void anErrorInAConsequenceIsARuleErrorNamingTheRule() {
    ComplianceEngine engine = erring();
    assertThatThrownBy(() -> engine.evaluate(catalog(), item("e-assert", "assert"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
              assertThat(e.problems().get(0).location()).isEqualTo(Location.rule("asserts"));
              assertThat(e.problems().get(0).message())
                  .isEqualTo(
                      "the consequence threw AssertionError: never; commitment p-statement;"
                          + " evidence e-assert");
            });
    assertThatThrownBy(() -> engine.evaluate(catalog(), item("e-deep", "recurse"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.problems().get(0).location()).isEqualTo(Location.rule("recurses"));
              assertThat(e.problems().get(0).message())
                  .startsWith("the consequence threw StackOverflowError");
            });
    // A condition that recurses: Drools wraps the Error in its own exception, named with the rule.
    assertThatThrownBy(
            () -> engine.evaluate(catalog(), item("e-cond", "recurse-in-condition"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR);
              assertThat(e.problems().get(0).message())
                  .contains(
                      "Error evaluating constraint 'down(0) > 0'", "recurses in its condition");
            });
    assertThat(
            engine
                .evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING)
                .status("p-statement"))
        .isEqualTo(Status.MET);
  }

  /** The same in a monitor: the call fails whole, and the next one is unaffected. */
  @Test
  void anErrorInAConsequenceLeavesTheMonitorAsItWas() {
    try (Monitor monitor = erring().monitor(catalog(), MEETING)) {
      for (EvidenceSet bad :
          List.of(
              item("e-assert", "assert"),
              item("e-deep", "recurse"),
              item("e-cond", "recurse-in-condition"))) {
        assertThatThrownBy(() -> monitor.add(bad))
            .isInstanceOfSatisfying(
                PledgewatchException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.RULE_RUNTIME_ERROR));
        assertThat(monitor.size()).isZero();
        assertThat(monitor.assessment("p-statement").status())
            .isEqualTo(Status.INSUFFICIENT_EVIDENCE);
      }
      monitor.add(Fixture.set(EngineTest.statement()));
      assertThat(monitor.size()).isEqualTo(1);
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.MET);
    }
  }

  /**
   * Any Throwable from a monitor call leaves it as it was; an OutOfMemoryError marks it unusable
   * instead, since nothing can be trusted to roll back without memory.
   */
  @Test
  void aMonitorCallThatThrowsAnErrorChangesNothingAndOutOfMemoryMarksItUnusable() {
    Error[] next = {null};
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .addRules(
                "fine.drl",
                HEADER
                    + """
        rule "fine" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "statement-issued")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        """)
            .listener(
                new EvaluationListener() {
                  @Override
                  public void changed(List<Change> changes) {
                    if (next[0] != null) {
                      throw next[0];
                    }
                  }
                })
            .build();
    try (Monitor monitor = engine.monitor(catalog(), MEETING)) {
      next[0] = new AssertionError("a listener's own bug");
      assertThatThrownBy(() -> monitor.add(Fixture.set(EngineTest.statement())))
          .isInstanceOf(AssertionError.class);
      assertThat(monitor.size()).isZero();
      assertThat(monitor.assessment("p-statement").status())
          .isEqualTo(Status.INSUFFICIENT_EVIDENCE);

      next[0] = new OutOfMemoryError("simulated");
      assertThatThrownBy(() -> monitor.add(Fixture.set(EngineTest.statement())))
          .isInstanceOf(OutOfMemoryError.class);
      assertThatThrownBy(() -> monitor.assessment("p-statement"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("this monitor ran out of memory in an earlier call");
    }
  }

  /** Rules that fire for ever once an item of kind "forever" arrives, and one well-behaved rule. */
  static final String FOREVER =
      HEADER
          + """
        declare Tick
            n : long
        end
        rule "starts" when $e : Evidence(kind == "forever") then insert(new Tick(0)); end
        rule "ticks" when $t : Tick(n >= 0) then modify($t) { setN($t.getN() + 1) } end
        rule "fine" @pledge("p-statement") @criterion("issued")
        when
            $e : Evidence(commitments contains "p-statement", kind == "statement-issued")
        then
            insertLogical(Finding.satisfied("p-statement", "issued", $e));
        end
        """;

  /**
   * A time limit halts rules that would fire for ever (the firing limit set out of the way here),
   * and the engine and the monitor stay usable.
   */
  @Test
  void aTimeLimitHaltsRulesThatFireForEver() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .allowUncoveredCriteria()
            .firingLimit(Integer.MAX_VALUE - 1)
            .timeLimit(java.time.Duration.ofMillis(300))
            .addRules("forever.drl", FOREVER)
            .build();
    assertThatThrownBy(() -> engine.evaluate(catalog(), item("e-forever", "forever"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.TIME_LIMIT_EXCEEDED);
              assertThat(e.problems().get(0).location()).isEqualTo(Location.rule("ticks"));
              assertThat(e.problems().get(0).message())
                  .startsWith("the rules fired for longer than the time limit of 300 ms");
            });
    assertThat(
            engine
                .evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING)
                .status("p-statement"))
        .isEqualTo(Status.MET);
    try (Monitor monitor = engine.monitor(catalog(), MEETING)) {
      assertThatThrownBy(() -> monitor.add(item("e-forever", "forever")))
          .isInstanceOfSatisfying(
              PledgewatchException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.TIME_LIMIT_EXCEEDED));
      assertThat(monitor.size()).isZero();
      monitor.add(Fixture.set(EngineTest.statement()));
      assertThat(monitor.assessment("p-statement").status()).isEqualTo(Status.MET);
    }
  }

  /**
   * The same rules from an untrusted author pass the validator (nothing in them reaches outside),
   * are compiled on the executable model and still stop: an untrusted engine always has a time
   * limit, and the verdicts of its well-behaved rules are the same.
   */
  @Test
  void untrustedRulesThatFireForEverStopAtTheirBudget() {
    String drl = FOREVER;
    assertThat(RuleValidator.defaults().validate("forever.drl", drl)).isEmpty();
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .validateWith(RuleValidator.defaults())
            .allowUncoveredCriteria()
            .firingLimit(Integer.MAX_VALUE - 1)
            .timeLimit(java.time.Duration.ofMillis(300))
            .addRules("forever.drl", drl)
            .build();
    assertThatThrownBy(() -> engine.evaluate(catalog(), item("e-forever", "forever"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.TIME_LIMIT_EXCEEDED));
    assertThat(
            engine
                .evaluate(catalog(), Fixture.set(EngineTest.statement()), MEETING)
                .status("p-statement"))
        .isEqualTo(Status.MET);
    ComplianceEngine byDefault =
        ComplianceEngine.builder()
            .validateWith(RuleValidator.defaults())
            .allowUncoveredCriteria()
            .addRules("forever.drl", drl)
            .build();
    assertThatThrownBy(() -> byDefault.evaluate(catalog(), item("e-forever", "forever"), MEETING))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FIRING_LIMIT_EXCEEDED));
  }
}
