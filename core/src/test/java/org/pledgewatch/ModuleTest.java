package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core as a named module, as a modular host uses it: a module that requires {@code
 * org.pledgewatch.core} compiles against the API and runs an evaluation (Drools included) on the
 * module path, and cannot compile against {@code org.pledgewatch.internal}.
 */
class ModuleTest {

  private static final String CATALOG =
      """
      {"parties": [{"id": "A", "name": "Party A"}],
       "agreements": [{"id": "ag", "title": "Agreement", "date": "2024-01-01", "place": "Capital", "parties": ["A"], "sources": ["text"]}],
       "commitments": [{"id": "c-1", "agreement": "ag", "title": "Publish a plan", "category": "planning", "parties": ["A"],
         "deadline": {"kind": "hard", "due": "2024-12-31", "text": "by the end of 2024"},
         "criteria": [{"id": "published", "description": "The plan is published", "satisfiedBy": "an official source"}]}]}
      """;
  private static final String EVIDENCE =
      """
      {"sources": [{"id": "s-1", "type": "official", "publisher": "Ministry", "title": "Plan", "url": "https://example.org/plan", "publishedOn": "2024-03-01"}],
       "evidence": [{"id": "e-1", "commitment": "c-1", "kind": "plan-published", "stance": "supports", "parties": ["A"],
         "occurredOn": "2024-03-01", "source": "s-1", "quote": "The plan is published."}]}
      """;
  private static final String DRL =
      """
      package host;
      import org.pledgewatch.model.Evidence;
      import org.pledgewatch.facts.Finding;
      rule "c-1: published"
          @pledge("c-1") @criterion("published")
      when
          $e : Evidence(commitments contains "c-1", kind == "plan-published")
      then
          insertLogical(Finding.satisfied("c-1", "published", $e));
      end
      """;
  private static final String MAIN =
      """
      package host;
      import java.io.ByteArrayInputStream;
      import java.nio.charset.StandardCharsets;
      import java.time.LocalDate;
      import org.pledgewatch.ComplianceEngine;
      import org.pledgewatch.io.JsonLoader;
      import org.pledgewatch.model.Catalog;
      import org.pledgewatch.report.ReportWriter;
      public class Main {
        public static void main(String[] args) throws Exception {
          Catalog catalog = JsonLoader.catalog("catalog.json", new ByteArrayInputStream(args[0].getBytes(StandardCharsets.UTF_8)));
          ComplianceEngine engine = ComplianceEngine.builder().addRules("host.drl", args[2]).build();
          var report = engine.evaluate(catalog, JsonLoader.evidence("evidence.json", new ByteArrayInputStream(args[1].getBytes(StandardCharsets.UTF_8)), catalog), LocalDate.of(2024, 6, 1));
          System.out.println("status " + report.status("c-1").jsonName());
          System.out.println(ReportWriter.json(report).contains("\\"commitment\\" : \\"c-1\\""));
        }
      }
      """;

  /** Core's classes and its dependencies: this JVM's class path without the test classes. */
  private static String modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path write(Path dir, String file, String text) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** Runs a JDK tool to its end; returns its exit code and appends its output. */
  private static int run(List<String> command, StringBuilder output)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return p.exitValue();
  }

  private static int javac(Path out, List<Path> files, StringBuilder output)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(tool("javac"), "--module-path", modulePath(), "-d", out.toString()));
    files.forEach(f -> command.add(f.toString()));
    return run(command, output);
  }

  @Test
  void aModularHostEvaluatesThroughTheApiOnTheModulePath(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    List<Path> files =
        List.of(
            write(src, "module-info.java", "module host { requires org.pledgewatch.core; }"),
            write(src, "host/Main.java", MAIN));
    StringBuilder errors = new StringBuilder();
    assertThat(javac(out, files, errors)).as(errors.toString()).isZero();

    StringBuilder output = new StringBuilder();
    int rc =
        run(
            List.of(
                tool("java"),
                "--module-path",
                out + File.pathSeparator + modulePath(),
                "-m",
                "host/host.Main",
                CATALOG,
                EVIDENCE,
                DRL),
            output);
    assertThat(rc).as(output.toString()).isZero();
    assertThat(output.toString()).contains("status met\ntrue\n");
  }

  @Test
  void theInternalPackageIsNotExported(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    List<Path> files =
        List.of(
            write(src, "module-info.java", "module host { requires org.pledgewatch.core; }"),
            write(
                src,
                "host/Peek.java",
                "package host; public class Peek { Object o = org.pledgewatch.internal.Json.class; }"));
    StringBuilder errors = new StringBuilder();
    assertThat(javac(dir.resolve("out"), files, errors)).isNotZero();
    assertThat(errors.toString()).contains("package org.pledgewatch.internal is not visible");
  }
}
