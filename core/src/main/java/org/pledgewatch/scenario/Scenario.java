package org.pledgewatch.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pledgewatch.Status;
import org.pledgewatch.model.EvidenceSet;

/**
 * One test of a pledge's rules as data: given this evidence, as of this date, the commitment has
 * this status and its explanation says these things.
 *
 * @param file the scenario file
 * @param line the line the scenario starts on
 * @param name what it shows
 * @param commitment the commitment checked
 * @param asOf the as-of date
 * @param baseline whether the runner's baseline evidence is added to {@code evidence}
 * @param evidence the evidence given
 * @param expect what must hold
 */
public record Scenario(
    String file,
    int line,
    String name,
    String commitment,
    LocalDate asOf,
    boolean baseline,
    EvidenceSet evidence,
    Expectation expect) {

  /** Where the scenario is, for failure messages: {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }

  /**
   * What a scenario expects.
   *
   * @param status the overall status
   * @param late the late flag, or {@code null} to not check it
   * @param byParty statuses of some or all parties; empty to not check
   * @param explanationContains fragments the explanation text must contain
   */
  public record Expectation(
      Status status, Boolean late, Map<String, Status> byParty, List<String> explanationContains) {
    public Expectation {
      byParty = Map.copyOf(byParty);
      explanationContains = List.copyOf(explanationContains);
    }
  }
}
