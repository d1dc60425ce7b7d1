package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;
import org.pledgewatch.scenario.junit.ScenarioTests;

class ScenarioTest {
  static final Path SCENARIOS = Path.of("src/test/resources/fixture/scenarios");

  static ScenarioRunner runner() {
    return ScenarioRunner.of(Fixture.engine(), Fixture.catalog());
  }

  @TestFactory
  Stream<DynamicNode> fixtureScenariosRunAsDynamicTests() {
    return ScenarioTests.from(runner(), SCENARIOS);
  }

  @Test
  void theRunnerNeedsNoTestFrameworkAndCountsEveryScenario() {
    List<ScenarioResult> results = runner().runAll(SCENARIOS);
    assertThat(results)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.passed()).as(r.failureMessage()).isTrue());
  }

  @Test
  void aFailingScenarioShowsExpectedAndActualAndTheExplanation(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("wrong.json"),
        """
        {"pledge": "p-statement", "scenarios": [
          {"name": "claims met without evidence", "asOf": "2024-02-01", "evidence": [],
           "expect": {"status": "met", "byParty": {"GT": "met"}, "explanationContains": ["nonsense"]}}
        ]}
        """);
    ScenarioResult result = runner().runAll(dir).get(0);
    assertThat(result.passed()).isFalse();
    assertThat(result.failureMessage())
        .contains(
            "scenario 'claims met without evidence' (" + dir.resolve("wrong.json") + ":2) failed")
        .contains("expected status met, actual insufficient-evidence")
        .contains("expected GT met, actual insufficient-evidence")
        .contains("expected the explanation to contain \"nonsense\"")
        .contains("would be satisfied by: an official copy of the statement");
  }

  @Test
  void zeroScenariosIsAFailureNotAPass(@TempDir Path dir) {
    assertThatThrownBy(() -> runner().runAll(dir))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCENARIO));
  }

  @Test
  void aMalformedScenarioNamesTheFileAndField(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("bad.json"),
        """
        {"scenarios": [{"name": "x", "commitment": "p-nope", "asOf": "2024-13-01", "expect": {"status": "kept"}}]}
        """);
    assertThatThrownBy(() -> runner().runAll(dir))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .contains("expected a date YYYY-MM-DD, found \"2024-13-01\""))
                    .anySatisfy(m -> assertThat(m).contains("but was 'kept'"))
                    .anySatisfy(m -> assertThat(m).contains("but was 'p-nope'")));
  }
}
