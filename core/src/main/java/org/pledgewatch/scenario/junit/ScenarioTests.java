package org.pledgewatch.scenario.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.pledgewatch.scenario.Scenario;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;

/**
 * Scenario files as JUnit 5 dynamic tests, one per scenario, grouped by file:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *   return ScenarioTests.from(ScenarioRunner.of(engine, catalog), Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * A failing scenario fails with the expected and actual status and the whole explanation; a
 * directory without scenarios gives one failing test rather than none.
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  public static Stream<DynamicNode> from(ScenarioRunner runner, Path fileOrDirectory) {
    List<Path> files = ScenarioRunner.files(fileOrDirectory);
    if (files.isEmpty()) {
      return Stream.of(
          DynamicTest.dynamicTest(
              "scenarios under " + fileOrDirectory,
              () -> {
                throw new AssertionFailedError(
                    "expected scenario files (*.json) under "
                        + fileOrDirectory
                        + ", but found none");
              }));
    }
    return files.stream()
        .map(
            file -> {
              List<Scenario> scenarios = runner.load(file);
              if (scenarios.isEmpty()) {
                return DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      throw new AssertionFailedError(
                          "expected at least one scenario in " + file + ", but found none");
                    });
              }
              return DynamicContainer.dynamicContainer(
                  file.getFileName().toString(),
                  file.toUri(),
                  scenarios.stream()
                      .map(
                          s ->
                              DynamicTest.dynamicTest(
                                  s.name(),
                                  file.toUri(),
                                  () -> {
                                    ScenarioResult result = runner.run(s);
                                    if (!result.passed()) {
                                      Object actual =
                                          result.actual() == null
                                              ? "evaluation failed"
                                              : result.actual().status().jsonName();
                                      throw new AssertionFailedError(
                                          result.failureMessage(),
                                          s.expect().status().jsonName(),
                                          actual);
                                    }
                                  })));
            });
  }
}
