package org.pledgewatch.bench;

import org.pledgewatch.Monitor;

/**
 * Prints the retained heap per evidence item of a monitor loaded with N items (the items themselves
 * included).
 */
public final class MemoryProbe {
  public static void main(String[] args) throws Exception {
    int items = Integer.parseInt(args[0]);
    long before = used();
    Workload w = Workload.generate(42, 10_000, items);
    Monitor monitor = FloorAgreesWithEngineTest.engine().monitor(w.catalog(), w.asOf());
    monitor.add(w.evidence());
    w = null;
    long after = used();
    System.out.println((after - before) / items);
    if (monitor.size() != items) {
      throw new IllegalStateException("monitor holds " + monitor.size());
    }
  }

  static long used() throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      best = Math.min(best, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    }
    return best;
  }
}
