package org.example.methane;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.pledgewatch.scenario.ScenarioRunner;
import org.pledgewatch.scenario.junit.ScenarioTests;

/** The host's scenario files, run through the library's JUnit 5 adapter: one test per scenario. */
class MethaneScenariosTest {
  @TestFactory
  Stream<DynamicNode> scenarios() {
    MethaneTracker tracker = new MethaneTracker();
    return ScenarioTests.from(
        ScenarioRunner.of(tracker.engine(), MethaneTracker.catalog()),
        Path.of("src/test/resources/methane/scenarios"));
  }
}
