package org.pledgewatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.Status;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.scenario.Scenario;

/**
 * Reads scenario files: {@code sources} shared by the file's scenarios, and {@code scenarios}, each
 * with its own {@code evidence}. See {@code docs/scenarios.md}. A malformed file fails whole, with
 * every problem located.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  public static List<Scenario> read(Path file, Catalog catalog) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, catalog);
    } catch (IOException e) {
      throw PledgewatchException.of(
          ErrorCode.IO_ERROR, Location.file(file.toString()), "cannot read: " + e.getMessage());
    }
  }

  public static List<Scenario> read(String name, InputStream in, Catalog catalog) {
    List<Problem> problems = new ArrayList<>();
    Rec root =
        Rec.of(
            name,
            "$",
            TreeReader.read(name, in, ErrorCode.INVALID_SCENARIO),
            problems,
            ErrorCode.INVALID_SCENARIO);
    if (root == null) {
      throw new PledgewatchException(ErrorCode.INVALID_SCENARIO, problems);
    }
    String defaultCommitment = root.str("pledge", false);
    List<Rec> shared = root.recordList("sources", false);
    List<Rec> scenarioRecs = root.recordList("scenarios", true);
    root.build(r -> Boolean.TRUE);
    List<Scenario> out = new ArrayList<>();
    for (Rec s : scenarioRecs) {
      Scenario scenario = s.build(r -> scenario(r, name, defaultCommitment, shared, catalog));
      if (scenario != null) {
        out.add(scenario);
      }
    }
    if (!problems.isEmpty()) {
      // Shared sources are read once per scenario; report each problem once.
      throw new PledgewatchException(
          ErrorCode.INVALID_SCENARIO, problems.stream().distinct().toList());
    }
    return out;
  }

  private static Scenario scenario(
      Rec r, String file, String defaultCommitment, List<Rec> shared, Catalog catalog) {
    String name = r.str("name", true);
    String commitment = r.str("commitment", defaultCommitment == null);
    if (commitment == null) {
      commitment = defaultCommitment;
    }
    LocalDate asOf = r.date("asOf", true);
    Boolean baseline = r.bool("baseline");
    List<Rec> own = r.recordList("sources", false);
    List<Rec> items = r.recordList("evidence", false);
    Rec expect = r.record("expect", true);
    Scenario.Expectation expectation =
        expect == null ? null : expect.build(ScenarioFiles::expectation);
    List<Rec> sources = new ArrayList<>(shared);
    sources.addAll(own);
    Loaded<EvidenceSet> evidence = JsonLoader.read(sources, items, catalog);
    evidence
        .rejected()
        .forEach(
            p ->
                r.problems()
                    .add(new Problem(ErrorCode.INVALID_SCENARIO, p.location(), p.message())));
    if (commitment != null && catalog.commitment(commitment).isEmpty()) {
      r.problem("commitment must name a commitment in the catalog, but was '" + commitment + "'");
      return null;
    }
    if (name == null || asOf == null || expectation == null || !evidence.complete()) {
      return null;
    }
    return new Scenario(
        file,
        r.line(),
        name,
        commitment,
        asOf,
        baseline != null && baseline,
        evidence.value(),
        expectation);
  }

  private static Scenario.Expectation expectation(Rec r) {
    Status status = status(r, "status", true);
    Boolean late = r.bool("late");
    Map<String, Status> byParty = new LinkedHashMap<>();
    Rec parties = r.record("byParty", false);
    if (parties != null) {
      parties.build(
          p -> {
            for (String key : p.keys()) {
              Status s = status(p, key, true);
              if (s != null) {
                byParty.put(key, s);
              }
            }
            return Boolean.TRUE;
          });
    }
    List<String> contains = r.strings("explanationContains");
    return status == null ? null : new Scenario.Expectation(status, late, byParty, contains);
  }

  private static Status status(Rec r, String key, boolean required) {
    String text = r.str(key, required);
    if (text == null) {
      return null;
    }
    try {
      return Status.parse(text);
    } catch (IllegalArgumentException e) {
      r.problem(null, r.path() + "." + key, e.getMessage());
      return null;
    }
  }
}
