package org.pledgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-29T12:00:00Z"), ZoneOffset.UTC);

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), CLOCK, args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new java.io.ByteArrayInputStream(
                stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            CLOCK,
            args);
    return new Run(code, out.toString(), err.toString());
  }

  static final String WORKING_GROUP =
      """
      {"sources": [{"id": "wg-release", "type": "official", "publisher": "U.S. Department of State", "title": "Working group meets", "publishedOn": "2024-05-02"}],
       "evidence": [
        {"id": "wg-1", "commitment": "tmm24-working-group", "kind": "body-established", "stance": "supports", "parties": ["US", "MX", "GT"],
         "occurredOn": "2024-05-01", "source": "wg-release", "quote": "The trilateral working group held its first meeting."}
      ]}
      """;

  /** {@code -} is standard input for --evidence and standard output for --output. */
  @Test
  void aDashReadsEvidenceFromStandardInputAndWritesTheReportToStandardOutput() {
    Run r =
        runWithInput(WORKING_GROUP, "--evidence", "-", "--output", "-", "--as-of", "2024-06-01");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("IN PROGRESS +tmm24-working-group");
    assertThat(r.err()).doesNotContain("wrote");
    Run bad = runWithInput("{\"sources\": [], \"evidence\": [1]}", "--evidence", "-");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: invalid_evidence").contains("  <stdin>:1:");
    Run twice = runWithInput(WORKING_GROUP, "--evidence", "-", "--evidence", "-");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("standard input (-) can be read only once");
  }

  /** An input with many errors prints the first 50 and counts the rest. */
  @Test
  void errorsBeyondTheFirstFiftyAreCounted(@TempDir Path dir) throws Exception {
    StringBuilder json = new StringBuilder("{\"sources\": [], \"evidence\": [\n");
    for (int i = 0; i < 120; i++) {
      json.append(i > 0 ? ",\n" : "")
          .append("{\"id\": \"x")
          .append(i)
          .append(
              "\", \"commitment\": \"tmm24-working-group\", \"kind\": \"body-met\","
                  + " \"stance\": \"supports\", \"occurredOn\": \"2024-03-01\", \"source\":"
                  + " \"nowhere\", \"quote\": \"q\"}");
    }
    Path bad = dir.resolve("many.json");
    Files.writeString(bad, json.append("]}").toString());
    Run r = run("--evidence", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("error: invalid_evidence");
    assertThat(lines.subList(1, 51)).allSatisfy(l -> assertThat(l).startsWith("  " + bad + ":"));
    assertThat(lines.get(51)).isEqualTo("  ... and 70 more");
    assertThat(lines).hasSize(52);
  }

  @Test
  void withNoArgumentsItReportsTheBundledPackAsOfToday() {
    Run r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "Pledgewatch compliance report as of 2024-02-29\n13 commitments, 105 evidence items considered (latest published 2024-02-29)");
    assertThat(r.out())
        .containsPattern(
            "MET +tmm24-joint-statement\n  Joint statement on trilateral cooperation\n  confidence 0.9\\d: met on 2024-02-28");
    assertThat(r.out()).doesNotContain("NOT MET");
  }

  @Test
  void packChoosesTheG7PackWithItsScorecardAndItsScenarios() {
    Run r = run("--pack", "g7-2025-ai-smes", "--as-of", "2026-06-13");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("1 commitment, 87 evidence items considered")
        .contains("G7 Research Group score: 69%")
        .contains(
            "  g7-2025-ai-smes     +1      0     +1      0      0      0     +1      0  +0.38")
        .contains("  g7-2025-ai-smes US 0: five-strong 1, some-strong 1, three-weak 5");
    Run tests = run("test", "--pack", "g7-2025-ai-smes");
    assertThat(tests.code()).as(tests.out()).isZero();
    assertThat(tests.out()).contains("16 passed, 0 failed");
    Run bad = run("--pack", "g7-2024");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("expected one of trilateral-2024, g7-2025-ai-smes, but was 'g7-2024'");
  }

  @Test
  void jsonIsTheDocumentedReport() throws Exception {
    Run r = run("--as-of", "2024-06-01", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2024-06-01");
    assertThat(json.get("assessments")).hasSize(13);
    assertThat(json.get("rulesFingerprint").asText()).startsWith("sha256:");
    JsonNode lad = null;
    for (JsonNode a : json.get("assessments")) {
      if (a.get("commitment").asText().equals("tmm24-lad-ministerial")) {
        lad = a;
      }
    }
    // Held in Guatemala City on 7 May 2024, a week after the April the sources gave.
    assertThat(lad.get("status").asText()).isEqualTo("met");
    assertThat(lad.get("late").asBoolean()).isTrue();
  }

  @Test
  void failOnNamesStatusesThatMakeTheExitCodeOne() {
    Run r = run("--as-of", "2025-03-01", "--fail-on", "not-met,contested");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("5 commitment(s) with a status named by --fail-on");
    assertThat(run("--as-of", "2024-02-29", "--fail-on", "not-met").code()).isZero();
  }

  @Test
  void badEvidenceExitsTwoWithTheLocationOnStderr(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {"sources": [], "evidence": [
          {"id": "x", "commitment": "tmm24-working-group", "kind": "body-met", "stance": "supports",
           "occurredOn": "2024-03-01", "source": "nowhere", "quote": "q"}
        ]}
        """);
    Run r = run("--evidence", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "error: invalid_evidence",
            bad
                + ":2:3 $.evidence[0]: source must name a source in this file, but 'nowhere' is not one");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void lenientLoadsTheGoodRecordsAndListsTheRejectedOnes(@TempDir Path dir) throws Exception {
    Path mixed = dir.resolve("mixed.json");
    Files.writeString(
        mixed,
        """
        {"sources": [{"id": "wg-release", "type": "official", "publisher": "U.S. Department of State", "title": "Working group meets", "publishedOn": "2024-05-02"}],
         "evidence": [
          {"id": "wg-1", "commitment": "tmm24-working-group", "kind": "body-established", "stance": "supports", "parties": ["US", "MX", "GT"],
           "occurredOn": "2024-05-01", "source": "wg-release", "quote": "The trilateral working group held its first meeting."},
          {"id": "wg-2", "commitment": "tmm24-no-such-pledge", "kind": "body-met", "stance": "supports",
           "occurredOn": "2024-05-01", "source": "wg-release", "quote": "q"}
        ]}
        """);
    Run r = run("--evidence", mixed.toString(), "--lenient", "--as-of", "2024-06-01");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            "rejected 1 record(s) of " + mixed,
            "commitments must name commitments in the catalog, but 'tmm24-no-such-pledge' is not one");
    assertThat(r.out()).containsPattern("IN PROGRESS +tmm24-working-group");
    assertThat(run("--evidence", mixed.toString(), "--as-of", "2024-06-01").code()).isEqualTo(2);
  }

  @Test
  void writesHtmlAndMarkdownToAFile(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Run r = run("--format", "html", "--output", html.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("tmm24-joint-statement")
        .doesNotContain("<script");
    Path md = dir.resolve("report.md");
    assertThat(run("--format", "markdown", "--output", md.toString()).code()).isZero();
    assertThat(Files.readString(md)).startsWith("# Compliance report as of 2024-02-29");
  }

  @Test
  void theTestCommandRunsTheBundledScenariosAndFailsOnAFailure(@TempDir Path dir) throws Exception {
    Run bundled = run("test");
    assertThat(bundled.code()).as(bundled.out() + bundled.err()).isZero();
    assertThat(bundled.out()).matches("(?s)\\d{2,} passed, 0 failed\\n");
    Files.writeString(
        dir.resolve("wrong.json"),
        """
        {"pledge": "tmm24-joint-statement", "scenarios": [{"name": "wrong on purpose", "asOf": "2024-02-29", "baseline": true,
          "expect": {"status": "not-met"}}]}
        """);
    Run wrong = run("test", dir.toString());
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.out()).contains("expected status not-met, actual met", "0 passed, 1 failed");
  }

  @Test
  void aLargeEvidenceFileShowsProgressOnStderr(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    StringBuilder json =
        new StringBuilder(
            "{\"sources\": [{\"id\": \"wire\", \"type\": \"press\", \"publisher\": \"Wire\", "
                + "\"title\": \"Daily digest\", \"publishedOn\": \"2024-03-01\"}], \"evidence\": [\n");
    String padding = "x".repeat(400);
    for (int i = 0; json.length() < Main.LARGE_FILE + 100_000; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"big-")
          .append(i)
          .append("\", \"commitment\": \"tmm24-border-management\", ")
          .append(
              "\"kind\": \"figure-reported\", \"stance\": \"supports\", \"occurredOn\": \"2024-03-01\", \"source\": \"wire\", ")
          .append("\"quote\": \"")
          .append(padding)
          .append("\"}");
    }
    Files.writeString(big, json.append("]}\n"));
    Run r = run("--evidence", big.toString(), "--as-of", "2024-03-02", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .containsPattern(
            "loading "
                + java.util.regex.Pattern.quote(big.toString())
                + " \\(10\\.\\d MB\\)\\.\\.\\.");
  }

  /**
   * The library's bad-input corpus, given as evidence files: each exits 2 with where and why on
   * stderr.
   */
  @Test
  void everyFileOfTheBadInputCorpusExitsTwoNamingWhereAndWhy() throws Exception {
    Path corpus = Path.of("../../core/src/test/resources/bad-input");
    java.util.List<Path> cases;
    try (java.util.stream.Stream<Path> files = Files.list(corpus)) {
      cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(19);
    for (Path file : cases) {
      java.util.Map<String, String> expect = new java.util.HashMap<>();
      for (String line :
          Files.readAllLines(Path.of(file.toString().replaceFirst("\\.json$", ".expect")))) {
        expect.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
      }
      Run r = run("--evidence", file.toString(), "--as-of", "2024-06-01");
      assertThat(r.code()).as(file + ": " + r.err()).isEqualTo(2);
      assertThat(r.err())
          .as(file.toString())
          .startsWith("error: ")
          .contains("  " + expect.get("location").replace("{file}", file.toString()))
          .contains(expect.get("message"));
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aCatalogWhoseCriteriaNoRuleNamesIsRefused() {
    Run r =
        run(
            "--catalog",
            "../../core/src/test/resources/bad-input-catalog.json",
            "--rules",
            "../../core/src/test/resources/fixture/fixture.drl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "error: invalid_catalog",
            "commitment 'tmm24-working-group': criterion 'established' has no rule (no rule has @pledge(\"tmm24-working-group\") @criterion(\"established\"))",
            "@pledge names 'p-statement', which the catalog does not have");
  }

  @Test
  void diffListsTheVerdictsThatChangedBetweenTwoReports(@TempDir Path dir) throws Exception {
    Path feb = dir.resolve("feb.json");
    Path june = dir.resolve("june.json");
    assertThat(run("--as-of", "2024-02-29", "--format", "json", "--output", feb.toString()).code())
        .isZero();
    assertThat(run("--as-of", "2024-06-01", "--format", "json", "--output", june.toString()).code())
        .isZero();
    Run r = run("diff", feb.toString(), june.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Changes from 2024-02-29 to 2024-06-01",
            "tmm24-lad-ministerial: insufficient evidence -> met");
    Run missing = run("diff", feb.toString(), dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: cannot read: no such file");
  }

  /**
   * With --untrusted, rules that reach outside are refused, located, before any of them runs; the
   * bundled rules and well-behaved rules of your own pass and report as before.
   */
  @Test
  void untrustedRulesAreRefusedWithTheirLineOrReportAsBefore(@TempDir Path dir) throws Exception {
    Path hostile = dir.resolve("steal.drl");
    Files.writeString(
        hostile,
        """
        package mine;
        import org.pledgewatch.model.*;
        rule "read a file"
        when $e : Evidence()
        then insert(java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")));
        end
        """);
    Run refused = run("--untrusted", "--rules", hostile.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith("error: untrusted_rule")
        .contains(
            hostile
                + ":5: rule \"read a file\" uses java.nio.file.Path.of(String, String[]), refused:"
                + " files")
        .doesNotContain("\tat ");
    assertThat(refused.out()).isEmpty();
    Run trusted = run("--as-of", "2024-06-01");
    Run untrusted = run("--untrusted", "--as-of", "2024-06-01");
    assertThat(untrusted.code()).as(untrusted.err()).isEqualTo(trusted.code());
    assertThat(untrusted.out()).isEqualTo(trusted.out());
  }

  /** CSV: one row per commitment and one per party, ready for a spreadsheet. */
  @Test
  void csvHasARowPerCommitmentAndPerParty() {
    Run r = run("--format", "csv", "--as-of", "2024-02-29");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("commitment,party,status,late,met_on,confidence,g7_score,due,as_of");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("tmm24-joint-statement,,met,false,2024-02-28,"))
        .allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(9));
  }

  @Test
  void badUsageIsExplained() {
    Run r = run("--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("expected text, json, markdown, html or csv, but was 'pdf'");
    Run own = run("--catalog", "my-catalog.json");
    assertThat(own.code()).isEqualTo(2);
    assertThat(own.err()).contains("a catalog of your own needs rules of your own");
  }

  /** A report that cannot be written is exit 2 with where and why, never a stack trace. */
  @Test
  void anOutputThatCannotBeWrittenExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-folder").resolve("report.md");
    Run r = run("--as-of", "2024-02-29", "--format", "markdown", "--output", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: io_error\n  "
                + missing
                + ": cannot write or read: no such file or folder"
                + System.lineSeparator());
    assertThat(missing).doesNotExist();

    // Standard output that fails (a full disk): PrintWriter would swallow it.
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        Main.run(new PrintWriter(full), new PrintWriter(err), CLOCK, "--as-of", "2024-02-29");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "error: io_error",
            "standard output: cannot write the report (a full disk or a closed pipe?)");
  }
}
