package org.example.methane;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Report;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.report.ReportWriter;

/**
 * A host application with its own pledges: it builds an engine from its own DRL, loads its own
 * catalog and evidence, and prints the report. Everything else (statuses, deadlines, per-party
 * verdicts, explanations) comes from the library.
 */
public final class MethaneTracker {
  /** Built once and shared: compiling the rules is the expensive part. */
  private final ComplianceEngine engine =
      ComplianceEngine.builder()
          .addRulesFromClasspath("methane/rules", MethaneTracker.class.getClassLoader())
          .build();

  public ComplianceEngine engine() {
    return engine;
  }

  public static Catalog catalog() {
    return JsonLoader.catalog("classpath:methane/catalog.json", resource("methane/catalog.json"));
  }

  public static EvidenceSet evidence(Catalog catalog) {
    return JsonLoader.evidence(
        "classpath:methane/evidence.json", resource("methane/evidence.json"), catalog);
  }

  public Report report(LocalDate asOf) {
    Catalog catalog = catalog();
    return engine.evaluate(catalog, evidence(catalog), asOf);
  }

  private static InputStream resource(String name) {
    InputStream in = MethaneTracker.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("classpath:" + name));
    }
    return in;
  }

  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now();
    print(new MethaneTracker().report(asOf), System.out);
  }

  static void print(Report report, PrintStream out) {
    out.print(ReportWriter.text(report));
  }
}
