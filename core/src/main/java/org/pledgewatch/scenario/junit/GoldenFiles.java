package org.pledgewatch.scenario.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: outputs people read (reports, explanations), kept in the source tree and compared
 * byte for byte, so that any change to them is a reviewable diff.
 *
 * <pre>{@code
 * GoldenFiles.assertMatches(Path.of("src/test/resources/golden/report.md"), ReportWriter.markdown(report));
 * }</pre>
 *
 * <p>After an intended change, regenerate every golden file with the system property {@value
 * #UPDATE} set, for example {@code ./mvnw -pl rules/trilateral-2024 verify
 * -Dpledgewatch.golden.update=true}, and review the diff before committing it.
 */
public final class GoldenFiles {
  /**
   * The system property that makes {@link #assertMatches} write the actual output instead of
   * comparing.
   */
  public static final String UPDATE = "pledgewatch.golden.update";

  private GoldenFiles() {}

  /**
   * Fails unless {@code file} holds exactly {@code actual} (UTF-8); writes it instead when {@value
   * #UPDATE} is {@code true}.
   *
   * @throws AssertionFailedError naming the file, the first line that differs, and how to
   *     regenerate
   */
  public static void assertMatches(Path file, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionFailedError(
            "golden file "
                + file
                + " does not exist; create it with -D"
                + UPDATE
                + "=true and review it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionFailedError(
            "output differs from golden file "
                + file
                + " "
                + firstDifference(expected, actual)
                + "; if the change is intended, regenerate with -D"
                + UPDATE
                + "=true and review the diff",
            expected,
            actual);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden file " + file, e);
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "at line "
            + (i + 1)
            + ": expected \""
            + clip(a[i])
            + "\" but was \""
            + clip(b[i])
            + "\"";
      }
    }
    return "in length: expected " + a.length + " lines but was " + b.length;
  }

  private static String clip(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
