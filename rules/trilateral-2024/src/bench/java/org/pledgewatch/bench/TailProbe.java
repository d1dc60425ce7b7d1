package org.pledgewatch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Stance;

/**
 * Feeds a monitor as {@link MonitorBenchmark} does and prints the distribution of single calls,
 * split by what the item is and by how long ago the last young collection was: what the benchmark's
 * p99 is made of. Not part of the suite; run by hand (docs/performance.md, item 14).
 *
 * <p>Arguments: items in the monitor (default 1000000), timed calls (default 400000; the first
 * quarter is discarded as warm-up), and {@code relevant} to move only relevant items.
 */
public final class TailProbe {
  private static final List<String> KINDS =
      List.of("relevant", "announcement or figure", "other irrelevant", "contrary", "unpublished");

  public static void main(String[] args) {
    MonitorBenchmark bench = new MonitorBenchmark();
    bench.evidence = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 400_000;
    bench.setUp(args.length > 2 && args[2].equals("relevant"));
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    long[] nanos = new long[calls];
    int[] sinceCollection = new int[calls];
    int[] kind = new int[calls];
    long collections = collections(collectors);
    int since = 0;
    for (int i = 0; i < calls; i++) {
      bench.prepareItem();
      Evidence e = bench.item.evidence().get(0);
      kind[i] = kind(bench, e);
      long before = collections(collectors);
      if (before != collections) {
        collections = before;
        since = 0;
      }
      long start = System.nanoTime();
      bench.monitor.add(bench.item);
      nanos[i] = System.nanoTime() - start;
      sinceCollection[i] = collections(collectors) != before ? -1 : since++;
    }
    bench.checkSize();
    bench.tearDown();
    int from = calls / 4;
    print("all calls", nanos, from, i -> true);
    print("a collection inside the call", nanos, from, i -> sinceCollection[i] < 0);
    print(
        "under 1,000 calls after one",
        nanos,
        from,
        i -> sinceCollection[i] >= 0 && sinceCollection[i] < 1000);
    print("1,000 or more calls after", nanos, from, i -> sinceCollection[i] >= 1000);
    for (int k = 0; k < KINDS.size(); k++) {
      int wanted = k;
      print(KINDS.get(k), nanos, from, i -> kind[i] == wanted);
    }
  }

  private static int kind(MonitorBenchmark bench, Evidence e) {
    if (!e.publishedBy(bench.workload.asOf())) {
      return 4;
    }
    if (e.stance() == Stance.CONTRADICTS) {
      return 3;
    }
    if (bench.relevant(e)) {
      return 0;
    }
    return e.kind().equals("commitment-announced") || e.kind().equals("figure-reported") ? 1 : 2;
  }

  private static void print(String label, long[] nanos, int from, IntPredicate which) {
    long[] picked = new long[nanos.length - from];
    int n = 0;
    for (int i = from; i < nanos.length; i++) {
      if (which.test(i)) {
        picked[n++] = nanos[i];
      }
    }
    if (n == 0) {
      System.out.printf("%-30s none%n", label);
      return;
    }
    Arrays.sort(picked, 0, n);
    System.out.printf(
        "%-30s %7d calls, median %6.1f us, p90 %6.1f, p99 %6.1f, p99.9 %8.1f%n",
        label,
        n,
        picked[n / 2] / 1e3,
        picked[(int) (n * 0.90)] / 1e3,
        picked[(int) (n * 0.99)] / 1e3,
        picked[(int) (n * 0.999)] / 1e3);
  }

  private static long collections(List<GarbageCollectorMXBean> collectors) {
    long n = 0;
    for (GarbageCollectorMXBean c : collectors) {
      n += c.getCollectionCount();
    }
    return n;
  }
}
