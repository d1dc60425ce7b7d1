package org.pledgewatch.scenario;

import java.util.List;
import org.pledgewatch.Assessment;

/**
 * A scenario run: whether it passed and, if not, every expectation that did not hold.
 *
 * @param scenario the scenario
 * @param mismatches each expectation that did not hold, as "expected ..., actual ..."; empty if it
 *     passed
 * @param actual the assessment the engine gave, or {@code null} if the evaluation failed
 */
public record ScenarioResult(Scenario scenario, List<String> mismatches, Assessment actual) {
  public ScenarioResult {
    mismatches = List.copyOf(mismatches);
  }

  public boolean passed() {
    return mismatches.isEmpty();
  }

  /** A message for a failed scenario: where, what was expected and found, and the explanation. */
  public String failureMessage() {
    StringBuilder out =
        new StringBuilder("scenario '")
            .append(scenario.name())
            .append("' (")
            .append(scenario.location())
            .append(") failed:\n");
    mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
    if (actual != null) {
      out.append("explanation:\n");
      actual.explanation().asText().lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }
    return out.toString();
  }
}
