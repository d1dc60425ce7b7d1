package org.pledgewatch.bench;

import org.pledgewatch.report.ReportWriter;

public final class DiffProbe {
  public static void main(String[] args) {
    Workload w = Workload.generate(42, Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    var r = FloorAgreesWithEngineTest.engine().evaluate(w.catalog(), w.evidence(), w.asOf()).assessments();
    var f = Floor.evaluate(w.catalog(), w.evidence().evidence(), w.asOf());
    int n = 0;
    for (int i = 0; i < r.size(); i++) {
      if (!r.get(i).equals(f.get(i))) {
        if (n++ == 0) {
          System.out.println("ENGINE " + ReportWriter.json(r.get(i)));
          System.out.println("FLOOR " + ReportWriter.json(f.get(i)));
        }
      }
    }
    System.out.println("differing: " + n + " of " + r.size());
  }
}
