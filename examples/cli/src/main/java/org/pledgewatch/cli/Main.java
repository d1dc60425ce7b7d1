package org.pledgewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.Report;
import org.pledgewatch.RuleValidator;
import org.pledgewatch.Status;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.io.Loaded;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.report.ReportWriter;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pledgewatch}: the compliance report for the bundled pledge pack, or for your own catalog,
 * evidence and rules; and {@code pledgewatch test} to run scenario files.
 *
 * <p>Exit codes: 0 ok; 1 the evaluation found what {@code --fail-on} names, or a scenario failed; 2
 * bad input or bad rules, or a report that could not be written, with the error's location on
 * stderr.
 */
@Command(
    name = "pledgewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Was this pledge kept, and on what evidence? Prints the compliance report for a bundled "
            + "pack (the US-Mexico-Guatemala 2024 ministerial, or the G7 2025 commitment on AI for "
            + "SMEs), or for the catalog, evidence and rules you give.",
    subcommands = {Main.Test.class, Main.Diff.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a status named by --fail-on was found, or a scenario failed",
      "2:bad input or bad rules, or the report could not be written (location on stderr)"
    })
public final class Main implements Callable<Integer> {
  static final long LARGE_FILE = 10L * 1024 * 1024;

  @CommandLine.Mixin PackOptions packOptions;

  @Option(
      names = "--evidence",
      paramLabel = "FILE",
      description =
          "Evidence JSON file(s), - for standard input. Without --catalog they are added to the"
              + " bundled evidence.")
  List<Path> evidence = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluate as of this date (YYYY-MM-DD); default: today (UTC).")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json, markdown, html or csv (default: ${DEFAULT-VALUE}).",
      defaultValue = "text",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class)
  ReportWriter.Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report here instead of standard output (- is standard output).")
  Path output;

  @Option(
      names = "--lenient",
      description =
          "Load the good evidence records and list the rejected ones on stderr, instead of failing.")
  boolean lenient;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS",
      split = ",",
      description = "Exit 1 if any commitment has one of these statuses (e.g. not-met,contested).",
      converter = StatusConverter.class)
  Set<Status> failOn = EnumSet.noneOf(Status.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Clock clock = Clock.systemUTC();

  /** Read for {@code --evidence -}. */
  InputStream stdin = System.in;

  /** The most problems printed for one error; the rest are counted. */
  static final int MAX_PRINTED = 50;

  /** The name standard input has in error locations. */
  static final String STDIN = "<stdin>";

  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            args));
  }

  /** Runs the command with the given streams and clock; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    return run(System.in, out, err, clock, args);
  }

  /** The same, reading {@code --evidence -} from {@code stdin}. */
  public static int run(
      InputStream stdin, PrintWriter out, PrintWriter err, Clock clock, String... args) {
    Main main = new Main();
    main.clock = clock;
    main.stdin = stdin;
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof PledgewatchException pe) {
            commandLine.getErr().println("error: " + pe.code().code());
            printCapped(commandLine.getErr(), pe.problems());
            return 2;
          }
          if (e instanceof java.io.IOException io) {
            // A file that cannot be read or written (a missing folder, a full disk): where and why,
            // never a stack trace.
            commandLine.getErr().println("error: " + ErrorCode.IO_ERROR.code());
            commandLine.getErr().println("  " + ioMessage(io));
            return 2;
          }
          throw e;
        });
    int code = cl.execute(args);
    out.flush();
    if (out.checkError()) {
      // PrintWriter keeps its errors to itself: a report that did not reach standard output
      // (a full disk, a closed pipe) is a failure, not exit 0.
      err.println("error: " + ErrorCode.IO_ERROR.code());
      err.println("  standard output: cannot write the report (a full disk or a closed pipe?)");
      code = 2;
    }
    err.flush();
    return code;
  }

  /** Each item on a line of its own, the first {@value #MAX_PRINTED}; the rest counted. */
  static void printCapped(PrintWriter err, List<?> items) {
    for (int i = 0; i < Math.min(items.size(), MAX_PRINTED); i++) {
      err.println("  " + items.get(i));
    }
    if (items.size() > MAX_PRINTED) {
      err.println("  ... and " + (items.size() - MAX_PRINTED) + " more");
    }
  }

  private static String ioMessage(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return n.getFile() + ": cannot write or read: no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return a.getFile() + ": cannot write or read: permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + (f.getReason() == null ? "cannot write or read" : f.getReason());
    }
    return "cannot write or read: " + e.getMessage();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Inputs in = inputs(packOptions, evidence, lenient, err, stdin);
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
    Report report = in.engine.evaluate(in.catalog, in.evidence, date);
    String text = ReportWriter.write(report, format);
    if (output != null && !output.toString().equals("-")) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      err.println("wrote " + format.name().toLowerCase(Locale.ROOT) + " report to " + output);
    } else {
      spec.commandLine().getOut().print(text);
    }
    long failing = report.assessments().stream().filter(a -> failOn.contains(a.status())).count();
    if (failing > 0) {
      err.println(failing + " commitment(s) with a status named by --fail-on");
      return 1;
    }
    return 0;
  }

  record Inputs(ComplianceEngine engine, Catalog catalog, EvidenceSet evidence) {}

  static Inputs inputs(
      PackOptions options,
      List<Path> evidenceFiles,
      boolean lenient,
      PrintWriter err,
      InputStream stdin) {
    if (evidenceFiles.stream().filter(p -> p.toString().equals("-")).count() > 1) {
      throw PledgewatchException.of(
          org.pledgewatch.ErrorCode.INVALID_EVIDENCE,
          Location.of("option", "--evidence"),
          "standard input (-) can be read only once, but was given more than once");
    }
    Pack pack = options.pack;
    List<Path> catalogs = options.catalogs;
    List<Path> ruleDirs = options.rules;
    boolean bundled = catalogs.isEmpty();
    if (!bundled && ruleDirs.isEmpty()) {
      throw PledgewatchException.of(
          org.pledgewatch.ErrorCode.RULE_SOURCE_ERROR,
          Location.of("option", "--rules"),
          "a catalog of your own needs rules of your own: give --rules DIR with its .drl files");
    }
    Catalog catalog = bundled ? pack.catalog.get() : null;
    for (Path p : catalogs) {
      Catalog c = JsonLoader.catalog(p);
      catalog = catalog == null ? c : catalog.merge(c);
    }
    EvidenceSet evidence = bundled ? pack.evidence.apply(catalog) : EvidenceSet.empty();
    for (Path p : evidenceFiles) {
      boolean piped = p.toString().equals("-");
      if (!piped) {
        progress(p, err);
      }
      if (lenient) {
        Loaded<EvidenceSet> loaded =
            piped
                ? JsonLoader.evidenceLenient(STDIN, stdin, catalog)
                : JsonLoader.evidenceLenient(p, catalog);
        if (!loaded.complete()) {
          err.println(
              "rejected "
                  + loaded.rejected().size()
                  + " record(s) of "
                  + (piped ? STDIN : p)
                  + ":");
          printCapped(err, loaded.rejected());
        }
        evidence = evidence.plus(loaded.value());
      } else {
        evidence =
            evidence.plus(
                piped
                    ? JsonLoader.evidence(STDIN, stdin, catalog)
                    : JsonLoader.evidence(p, catalog));
      }
    }
    ComplianceEngine.Builder builder =
        bundled ? pack.engineBuilder.get() : ComplianceEngine.builder();
    ruleDirs.forEach(builder::addRulesFrom);
    if (options.untrusted) {
      builder.validateWith(RuleValidator.defaults());
    }
    ComplianceEngine engine = builder.build();
    // A criterion no rule can satisfy would read "insufficient evidence" forever: refuse to report.
    List<Problem> uncovered = engine.coverage(catalog);
    if (!uncovered.isEmpty()) {
      throw new PledgewatchException(org.pledgewatch.ErrorCode.INVALID_CATALOG, uncovered);
    }
    return new Inputs(engine, catalog, evidence);
  }

  static void progress(Path p, PrintWriter err) {
    try {
      long size = Files.size(p);
      if (size >= LARGE_FILE) {
        err.printf(Locale.ROOT, "loading %s (%.1f MB)...%n", p, size / 1048576.0);
      }
    } catch (IOException e) {
      // The loader reports a missing or unreadable file with its own message.
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description =
          "Run scenario files (*.json) and report each failure; without DIR, the bundled pack's scenarios.")
  static final class Test implements Callable<Integer> {
    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "A scenario file or a directory of them.")
    Path dir;

    @CommandLine.Mixin PackOptions packOptions;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Pack pack = packOptions.pack;
      Inputs in = inputs(packOptions, List.of(), false, spec.commandLine().getErr(), System.in);
      ScenarioRunner runner = ScenarioRunner.of(in.engine, in.catalog).withBaseline(in.evidence);
      if (dir != null) {
        return report(runner.runAll(dir), out);
      }
      URI jar = pack.anchor.getClassLoader().getResource(pack.rules + "/pledges").toURI();
      if ("jar".equals(jar.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
          return report(runner.runAll(fs.getPath(pack.rules + "/pledges")), out);
        }
      }
      return report(runner.runAll(Path.of(jar)), out);
    }

    private static int report(List<ScenarioResult> results, PrintWriter out) {
      long failed = results.stream().filter(r -> !r.passed()).count();
      results.stream().filter(r -> !r.passed()).forEach(r -> out.print(r.failureMessage()));
      out.println((results.size() - failed) + " passed, " + failed + " failed");
      return failed == 0 ? 0 : 1;
    }
  }

  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description =
          "List the verdicts that changed between two JSON reports (written with --format json), and why.")
  static final class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier report.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later report.")
    Path after;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      org.pledgewatch.ReportDiff diff =
          org.pledgewatch.ReportDiff.between(read(before), read(after));
      spec.commandLine().getOut().print(ReportWriter.text(diff));
      return 0;
    }

    private static Report read(Path file) throws IOException {
      if (!Files.exists(file)) {
        throw PledgewatchException.of(
            org.pledgewatch.ErrorCode.IO_ERROR,
            Location.file(file.toString()),
            "cannot read: no such file");
      }
      return ReportWriter.readJson(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  /**
   * What to evaluate: a bundled pack, or a catalog and rules of your own; shared by the commands.
   */
  static final class PackOptions {
    @Option(
        names = "--pack",
        paramLabel = "NAME",
        description = "The bundled pack: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        defaultValue = "trilateral-2024",
        converter = Pack.Converter.class,
        completionCandidates = Pack.Names.class)
    Pack pack;

    @Option(
        names = "--catalog",
        paramLabel = "FILE",
        description = "Catalog JSON file(s). Without it, the bundled pack's catalog.")
    List<Path> catalogs = new ArrayList<>();

    @Option(
        names = "--rules",
        paramLabel = "DIR",
        description =
            "DRL file or directory: added to the bundled rules, or, with --catalog, required.")
    List<Path> rules = new ArrayList<>();

    @Option(
        names = "--untrusted",
        description =
            "The rules come from someone you do not trust: compile them (and the pack's own, which"
                + " pass) through the verified path, refuse any that reach outside the facts,"
                + " and stop an evaluation that runs past its time limit (docs/untrusted-rules.md).")
    boolean untrusted;
  }

  /** The formats as they are typed, for shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ReportWriter.Format.values())
          .map(f -> f.name().toLowerCase(Locale.ROOT))
          .iterator();
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<ReportWriter.Format> {
    @Override
    public ReportWriter.Format convert(String value) {
      try {
        return ReportWriter.Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected text, json, markdown, html or csv, but was '" + value + "'");
      }
    }
  }

  static final class StatusConverter implements CommandLine.ITypeConverter<Status> {
    @Override
    public Status convert(String value) {
      try {
        return Status.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"pledgewatch " + ComplianceEngine.version()};
    }
  }
}
