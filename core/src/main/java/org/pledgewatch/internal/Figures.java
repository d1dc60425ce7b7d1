package org.pledgewatch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pledgewatch.FigureConflict;
import org.pledgewatch.model.Evidence;

/** Finds sources that report different numbers for the same measure and period. */
public final class Figures {
  private Figures() {}

  public static List<FigureConflict> conflicts(Collection<Evidence> evidence) {
    Map<String, Map<String, List<String>>> byKey = new TreeMap<>();
    for (Evidence e : evidence) {
      if (e.figure() == null) {
        continue;
      }
      String key = e.figure().measure() + "\0" + Objects.toString(e.figure().period(), "");
      String value = e.figure().quantity().toPlainString() + "\0" + e.figure().unit();
      byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(value, k -> new ArrayList<>()).add(e.id());
    }
    List<FigureConflict> out = new ArrayList<>();
    byKey.forEach((key, values) -> {
      if (values.size() > 1) {
        String[] k = key.split("\0", -1);
        List<FigureConflict.Value> vs = new ArrayList<>();
        values.forEach((v, ids) -> {
          String[] parts = v.split("\0", -1);
          vs.add(new FigureConflict.Value(parts[0], parts[1], ids.stream().sorted().toList()));
        });
        out.add(new FigureConflict(k[0], k[1].isEmpty() ? null : k[1], vs));
      }
    });
    return out;
  }
}
