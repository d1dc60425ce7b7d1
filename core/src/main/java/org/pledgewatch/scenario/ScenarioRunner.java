package org.pledgewatch.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.Status;
import org.pledgewatch.io.ScenarioFiles;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;

/**
 * Runs scenario files against an engine and a catalog; needs no test framework. The file format is
 * described in {@code docs/scenarios.md}; {@link org.pledgewatch.scenario.junit.ScenarioTests}
 * turns the same files into JUnit 5 dynamic tests.
 *
 * <pre>{@code
 * ScenarioRunner runner = ScenarioRunner.of(engine, catalog);
 * List<ScenarioResult> results = runner.runAll(Path.of("src/test/scenarios"));
 * }</pre>
 */
public final class ScenarioRunner {
  private final ComplianceEngine engine;
  private final Catalog catalog;
  private final EvidenceSet baseline;

  private ScenarioRunner(ComplianceEngine engine, Catalog catalog, EvidenceSet baseline) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
  }

  public static ScenarioRunner of(ComplianceEngine engine, Catalog catalog) {
    return new ScenarioRunner(engine, catalog, EvidenceSet.empty());
  }

  /**
   * A runner that adds this evidence to scenarios that ask for the baseline ({@code "baseline":
   * true}).
   */
  public ScenarioRunner withBaseline(EvidenceSet evidence) {
    return new ScenarioRunner(engine, catalog, evidence);
  }

  /** The scenario files under a directory (or the one file), sorted by path. */
  public static List<Path> files(Path fileOrDirectory) {
    if (!Files.exists(fileOrDirectory)) {
      throw PledgewatchException.of(
          ErrorCode.IO_ERROR,
          Location.file(fileOrDirectory.toString()),
          "expected a scenario file or a directory of them, but nothing is there");
    }
    try (Stream<Path> files =
        Files.isDirectory(fileOrDirectory)
            ? Files.walk(fileOrDirectory)
            : Stream.of(fileOrDirectory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw PledgewatchException.of(
          ErrorCode.IO_ERROR,
          Location.file(fileOrDirectory.toString()),
          "cannot list: " + e.getMessage());
    }
  }

  /** Loads every scenario in a file, checked against the catalog. */
  public List<Scenario> load(Path file) {
    return ScenarioFiles.read(file, catalog);
  }

  /** Loads every scenario under a directory; fails if a file is malformed. */
  public List<Scenario> loadAll(Path fileOrDirectory) {
    List<Scenario> out = new ArrayList<>();
    for (Path f : files(fileOrDirectory)) {
      out.addAll(load(f));
    }
    return out;
  }

  /**
   * Runs one scenario. An evaluation error is a failed scenario, with the error as its mismatch.
   */
  public ScenarioResult run(Scenario s) {
    EvidenceSet evidence = s.baseline() ? baseline.plus(s.evidence()) : s.evidence();
    Assessment actual;
    try {
      actual =
          engine.evaluate(catalog, evidence, s.asOf()).assessment(s.commitment()).orElseThrow();
    } catch (PledgewatchException e) {
      return new ScenarioResult(
          s, List.of("expected an assessment, but the evaluation failed: " + e.getMessage()), null);
    }
    List<String> mismatches = new ArrayList<>();
    Scenario.Expectation x = s.expect();
    if (actual.status() != x.status()) {
      mismatches.add(
          "expected status " + x.status().jsonName() + ", actual " + actual.status().jsonName());
    }
    if (x.late() != null && actual.late() != x.late()) {
      mismatches.add("expected late " + x.late() + ", actual " + actual.late());
    }
    for (Map.Entry<String, Status> e :
        x.byParty().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Status got = actual.byParty().get(e.getKey());
      if (got != e.getValue()) {
        mismatches.add(
            "expected "
                + e.getKey()
                + " "
                + e.getValue().jsonName()
                + ", actual "
                + (got == null ? "not a responsible party" : got.jsonName()));
      }
    }
    String text = actual.explanation().asText();
    for (String fragment : x.explanationContains()) {
      if (!text.contains(fragment)) {
        mismatches.add("expected the explanation to contain \"" + fragment + "\", but it does not");
      }
    }
    return new ScenarioResult(s, mismatches, actual);
  }

  /**
   * Runs every scenario under a directory. Zero scenarios is an error, not a pass: a suite that
   * runs nothing proves nothing.
   */
  public List<ScenarioResult> runAll(Path fileOrDirectory) {
    List<Scenario> scenarios = loadAll(fileOrDirectory);
    if (scenarios.isEmpty()) {
      throw new PledgewatchException(
          ErrorCode.INVALID_SCENARIO,
          List.of(
              new Problem(
                  ErrorCode.INVALID_SCENARIO,
                  Location.file(fileOrDirectory.toString()),
                  "expected at least one scenario, but found none")));
    }
    return scenarios.stream().map(this::run).toList();
  }
}
