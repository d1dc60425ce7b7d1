package org.pledgewatch.bench;

import java.time.LocalDate;
import org.pledgewatch.packs.Trilateral2024;
import org.pledgewatch.report.ReportWriter;

/**
 * What the main command does, without the command-line parsing: the bundled pack's report, printed.
 */
public final class ColdStart {
  public static void main(String[] args) {
    var engine = Trilateral2024.engineBuilder().build();
    System.out.print(
        ReportWriter.text(
            engine.evaluate(
                Trilateral2024.catalog(), Trilateral2024.evidence(), LocalDate.of(2024, 6, 1))));
  }
}
