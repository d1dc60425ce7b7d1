package org.pledgewatch.packs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Report;
import org.pledgewatch.report.ReportWriter;
import org.pledgewatch.scenario.junit.GoldenFiles;

/**
 * The bundled pack's reports in every format and every pledge's explanation, at two as-of dates,
 * compared byte for byte with the files under {@code src/test/resources/golden}. Regenerate them
 * after an intended change with {@code ./mvnw -pl rules/trilateral-2024 -am verify
 * -Dpledgewatch.golden.update=true} and review the diff.
 */
class GoldenReportsTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** The day after the meeting, and the day after the one-year compliance period. */
  static final LocalDate[] AS_OF = {LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1)};

  @TestFactory
  Stream<DynamicTest> reportsAndExplanationsMatchTheirGoldenFiles() {
    ComplianceEngine engine = Trilateral2024.engineBuilder().clock(CLOCK).build();
    return Stream.of(AS_OF)
        .flatMap(
            asOf -> {
              Report report =
                  engine.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), asOf);
              Path dir = GOLDEN.resolve(Trilateral2024.AGREEMENT + "-" + asOf);
              Stream<DynamicTest> formats =
                  Stream.of(ReportWriter.Format.values())
                      .map(
                          format -> {
                            Path file = dir.resolve("report." + extension(format));
                            return DynamicTest.dynamicTest(
                                file.toString(),
                                () ->
                                    GoldenFiles.assertMatches(
                                        file, ReportWriter.write(report, format)));
                          });
              Stream<DynamicTest> explanations =
                  report.assessments().stream()
                      .map(
                          a -> {
                            Path file =
                                dir.resolve("explanations").resolve(a.commitment() + ".txt");
                            return DynamicTest.dynamicTest(
                                file.toString(),
                                () -> GoldenFiles.assertMatches(file, explanation(a)));
                          });
              return Stream.concat(formats, explanations);
            });
  }

  private static String explanation(Assessment a) {
    return a.commitment()
        + ": "
        + a.status().jsonName()
        + (a.late() ? " (late)" : "")
        + ", confidence "
        + a.confidence()
        + "\n"
        + a.explanation().asText();
  }

  private static String extension(ReportWriter.Format format) {
    return switch (format) {
      case TEXT -> "txt";
      case JSON -> "json";
      case MARKDOWN -> "md";
      case HTML -> "html";
      case CSV -> "csv";
    };
  }
}
