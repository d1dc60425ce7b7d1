package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleValidatorTest {
  static final Path HOSTILE = Path.of("src/test/resources/hostile");
  static final String MARK = "// <- refused: ";

  @TestFactory
  Stream<DynamicTest> everyRouteOutIsRefusedAtItsLineWithItsReason() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(HOSTILE)) {
      files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(18);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String drl = Files.readString(file);
                      List<String> expected = new ArrayList<>();
                      List<String> lines = drl.lines().toList();
                      for (int i = 0; i < lines.size(); i++) {
                        int at = lines.get(i).indexOf(MARK);
                        if (at >= 0) {
                          expected.add((i + 1) + " " + lines.get(i).substring(at + MARK.length()));
                        }
                      }
                      assertThat(expected).as("markers in " + file).isNotEmpty();
                      List<Problem> problems =
                          RuleValidator.defaults().validate(file.getFileName().toString(), drl);
                      for (String e : expected) {
                        String line = e.substring(0, e.indexOf(' '));
                        String fragment = e.substring(e.indexOf(' ') + 1);
                        assertThat(problems)
                            .as(file + " line " + line)
                            .anySatisfy(
                                p -> {
                                  assertThat(p.location())
                                      .isEqualTo(
                                          Location.file(
                                              file.getFileName().toString(),
                                              Integer.parseInt(line),
                                              -1));
                                  assertThat(p.message()).contains(fragment);
                                  assertThat(p.code()).isEqualTo(ErrorCode.UNTRUSTED_RULE);
                                });
                      }
                      assertThat(problems)
                          .extracting(p -> String.valueOf(p.location().line()))
                          .as("only the marked lines are refused")
                          .allSatisfy(
                              l ->
                                  assertThat(expected)
                                      .anySatisfy(e -> assertThat(e).startsWith(l + " ")));
                    }));
  }

  @Test
  void ordinaryCriterionRulesPass() throws Exception {
    assertThat(
            RuleValidator.defaults()
                .validate(
                    "fixture.drl",
                    Files.readString(Path.of("src/test/resources/fixture/fixture.drl"))))
        .isEmpty();
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
  void theBuilderRefusesAnUntrustedSourceBeforeCompilingAndAnAllowListCanGrow() throws Exception {
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
                      "system-exit.drl:7: 'System' is not allowed: it reaches System (process, environment, exit)");
            });
    String importsLocalTime =
        """
        package ok;
        import java.time.LocalTime;
        """;
    assertThat(RuleValidator.defaults().validate("t.drl", importsLocalTime)).hasSize(1);
    assertThat(
            RuleValidator.defaults()
                .allowImport("java.time.LocalTime")
                .validate("t.drl", importsLocalTime))
        .isEmpty();
  }
}
