package org.pledgewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run the way the README runs it: a new JVM, only the jar and its lib/ folder.
 */
class CliJarIT {
  record Result(int code, String out, String err) {}

  static Result java(String... args) throws IOException, InterruptedException {
    return javaWith(List.of(), args);
  }

  static Result javaWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("cli.jar"));
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmesMainCommandPrintsTheReportForTheBundledPack() throws Exception {
    Result r = java("--as-of", "2024-02-29");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Pledgewatch compliance report as of 2024-02-29",
            "tmm24-joint-statement",
            "tmm24-lad-ministerial");
    assertThat(r.err()).as("nothing on stderr for a clean run").isEmpty();
  }

  /** The completion script built with the jar completes options and their values in bash. */
  @Test
  void theBashCompletionScriptCompletesOptionsAndValues() throws Exception {
    Path script = Path.of(System.getProperty("cli.completion"));
    assertThat(complete(script, "pledgewatch", "--unt")).isEqualTo("--untrusted");
    assertThat(complete(script, "pledgewatch", "--format", ""))
        .isEqualTo("text json markdown html csv");
    assertThat(complete(script, "pledgewatch", "--pack", "g7")).isEqualTo("g7-2025-ai-smes");
  }

  private static String complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    String bash =
        "source '"
            + script
            + "'; COMP_WORDS=("
            + java.util.Arrays.stream(words)
                .map(w -> "'" + w + "'")
                .collect(java.util.stream.Collectors.joining(" "))
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; COMP_LINE='"
            + line
            + "'; COMP_POINT=${#COMP_LINE}; _complete_pledgewatch 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void theBundledScenariosPassFromInsideTheJar() throws Exception {
    Result r = java("test");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("\\d+ passed, 0 failed");
  }

  @Test
  void theClassDataSharingArchiveBuiltWithTheJarIsUsable() throws Exception {
    // -Xshare:on turns an archive the JVM cannot map into an error instead of a silent fallback.
    Result r =
        javaWith(
            List.of("-Xshare:on", "-XX:SharedArchiveFile=" + System.getProperty("cli.archive")),
            "--as-of",
            "2024-02-29");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Pledgewatch compliance report as of 2024-02-29");
  }

  @Test
  void versionNamesTheEngine() throws Exception {
    assertThat(java("--version").out()).startsWith("pledgewatch 0.1.0");
  }

  /** {@code > /dev/full}: the report cannot be written, and the exit code says so. */
  @Test
  void aFullDiskOnStandardOutputExitsTwo() throws Exception {
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    Path jar = Path.of(System.getProperty("cli.jar"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--as-of",
                "2024-02-29")
            .redirectOutput(full)
            .start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err).contains("error: io_error", "standard output: cannot write the report");
    assertThat(err).doesNotContain("\tat ");
  }
}
