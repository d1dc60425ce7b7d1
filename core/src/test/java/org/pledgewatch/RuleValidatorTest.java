package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleValidatorTest {
  static final Path HOSTILE = Path.of("src/test/resources/hostile");
  static final String MARK = "// refused: ";

  @TestFactory
  Stream<DynamicTest> everyHostileFileIsRefusedAtItsLineWithItsReason() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(HOSTILE)) {
      files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> refused(file)));
  }

  private static void refused(Path file) throws Exception {
    String drl = Files.readString(file);
    String name = file.getFileName().toString();
    List<String[]> expected = new ArrayList<>();
    List<String> lines = drl.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(MARK);
      if (at >= 0) {
        expected.add(
            new String[] {String.valueOf(i + 1), lines.get(i).substring(at + MARK.length())});
      }
    }
    assertThat(expected).as("markers in " + file).isNotEmpty();
    List<Problem> problems = RuleValidator.defaults().validate(name, drl);
    assertThat(problems)
        .as(name + " is refused, not a compile error")
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).as(p.toString()).isEqualTo(ErrorCode.UNTRUSTED_RULE));
    for (String[] e : expected) {
      assertThat(problems)
          .as(name + " line " + e[0])
          .anySatisfy(
              p -> {
                assertThat(p.location()).isEqualTo(Location.file(name, Integer.parseInt(e[0]), -1));
                assertThat(p.message()).contains(e[1]);
              });
    }
  }

  @AfterAll
  static void nothingRanWhileCompiling() {
    for (String what : List.of("annotation", "salience", "field", "type")) {
      assertThat(Path.of("target/pwned-" + what)).as("written while compiling").doesNotExist();
    }
  }

  @Test
  void ordinaryCriterionRulesPassAndRunUnderTheDefaultTimeLimit() throws Exception {
    String drl = Files.readString(Path.of("src/test/resources/fixture/fixture.drl"));
    assertThat(RuleValidator.defaults().validate("fixture.drl", drl)).isEmpty();
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .validateWith(RuleValidator.defaults())
            .addRules("fixture.drl", drl)
            .build();
    assertThat(engine.rules()).hasSizeGreaterThan(3);
    assertThat(engine.precompiled()).isFalse();
    assertThat(engine.timeLimit()).isEqualTo(RuleValidator.DEFAULT_TIME_LIMIT);
  }

  @Test
  void wordsInsideStringsAndCommentsAreNotCode() {
    String drl =
        """
        package ok;
        import org.pledgewatch.model.*;
        import org.pledgewatch.facts.*;
        // System.exit(1) would be refused in code, not in a comment
        rule "mentions System in text"
        when $e : Evidence(quote == "System.exit(1) and java.io.File")
        then insertLogical(Finding.satisfied("p-statement", "issued", $e).because("the Thread of the argument")); end
        """;
    assertThat(RuleValidator.defaults().validate("ok.drl", drl)).isEmpty();
  }

  @Test
  void theBuilderRefusesBeforeLoadingAndTheAllowListCanGrow() throws Exception {
    String drl = Files.readString(HOSTILE.resolve("system-exit.drl"));
    assertThatThrownBy(
            () ->
                ComplianceEngine.builder()
                    .validateWith(RuleValidator.defaults())
                    .addRules("system-exit.drl", drl)
                    .build())
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNTRUSTED_RULE);
              assertThat(e.problems())
                  .extracting(Problem::toString)
                  .containsExactly(
                      "system-exit.drl:8: rule \"stop the JVM\" uses java.lang.System.exit(int),"
                          + " refused: the JVM's environment (System)");
            });
    String usesUuid =
        """
        package ok;
        import java.util.UUID;
        import org.pledgewatch.model.*;
        rule "an id" when $e : Evidence() then insert(UUID.fromString("0-0-0-0-0").toString()); end
        """;
    assertThat(RuleValidator.defaults().validate("t.drl", usesUuid))
        .extracting(Problem::toString)
        .containsExactly("t.drl:2: import java.util.UUID, refused: it is not on the allow list");
    assertThat(RuleValidator.defaults().allowType("java.util.UUID").validate("t.drl", usesUuid))
        .isEmpty();
    assertThatThrownBy(() -> RuleValidator.defaults().allowType("java.util.UUID; x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a qualified type name");
  }

  @Test
  void aRuleThatDoesNotCompileIsACompileErrorNotARefusal() {
    String drl =
        """
        package ok;
        import org.pledgewatch.model.*;
        rule "unknown field" when $e : Evidence(nosuchfield == 3) then end
        """;
    assertThat(RuleValidator.defaults().validate("bad.drl", drl))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ErrorCode.RULE_COMPILE_ERROR));
    assertThat(RuleValidator.defaults().validate("syntax.drl", "package ok;\nrule \"x\" when then"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ErrorCode.RULE_COMPILE_ERROR));
  }
}
