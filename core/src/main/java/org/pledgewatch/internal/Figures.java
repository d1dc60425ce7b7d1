package org.pledgewatch.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pledgewatch.FigureConflict;
import org.pledgewatch.FigureRevision;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Measure;
import org.pledgewatch.model.SourceType;

/**
 * Compares the figures of the visible evidence: per measure, period and party, the values of each
 * origin (a revision when one origin gives several), then the standing values of different origins
 * (a conflict when they differ). Quantities are compared in the measure's declared unit; figures of
 * a measure the catalog does not declare are compared only with figures of the same unit label, and
 * figures tagged {@value #APPROXIMATE} with none.
 */
public final class Figures {
  /** The tag of a figure its source gives as approximate: it is never compared. */
  public static final String APPROXIMATE = "approximate";

  private Figures() {}

  /**
   * What the figures say about each other.
   *
   * @param conflicts figures of different origins that disagree
   * @param revisions origins that revised their own figures
   */
  public record Comparison(List<FigureConflict> conflicts, List<FigureRevision> revisions) {}

  public static Comparison compare(Collection<Evidence> evidence, Catalog catalog) {
    Map<String, List<Evidence>> byKey = new TreeMap<>();
    for (Evidence e : evidence) {
      // A figure its source gives as approximate ("about 1.53 million", "more than 2.7 million")
      // conflicts with no exact one.
      if (e.figure() != null && !e.tagged(APPROXIMATE)) {
        Measure m = catalog.measure(e.figure().measure()).orElse(null);
        String unitKey = m == null ? e.figure().unit() : "";
        String key =
            String.join(
                "\0",
                e.figure().measure(),
                Objects.toString(e.figure().period(), ""),
                Objects.toString(e.figure().party(), ""),
                unitKey);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    List<FigureConflict> conflicts = new ArrayList<>();
    List<FigureRevision> revisions = new ArrayList<>();
    byKey.forEach(
        (key, items) -> {
          Evidence first = items.get(0);
          Measure m = catalog.measure(first.figure().measure()).orElse(null);
          // Per origin, in publication order: the latest value stands; earlier different values are
          // revisions.
          Map<String, List<Evidence>> byOrigin = new TreeMap<>();
          for (Evidence e : items) {
            byOrigin.computeIfAbsent(originOf(e), k -> new ArrayList<>()).add(e);
          }
          Map<BigDecimal, List<Evidence>> standing = new TreeMap<>();
          byOrigin.forEach(
              (origin, given) -> {
                given.sort(Comparator.comparing(Evidence::publishedOn).thenComparing(Evidence::id));
                Map<BigDecimal, List<Evidence>> inOrder = new LinkedHashMap<>();
                for (Evidence e : given) {
                  BigDecimal value = normalised(e, m);
                  // A value given again moves to the end: the order is that of each value's latest
                  // appearance.
                  List<Evidence> same = inOrder.remove(value);
                  same = same == null ? new ArrayList<>() : same;
                  same.add(e);
                  inOrder.put(value, same);
                }
                BigDecimal latest = normalised(given.get(given.size() - 1), m);
                if (inOrder.size() > 1) {
                  revisions.add(
                      new FigureRevision(
                          first.figure().measure(),
                          first.figure().period(),
                          first.figure().party(),
                          origin,
                          inOrder.values().stream().map(Figures::value).toList()));
                }
                standing
                    .computeIfAbsent(latest, v -> new ArrayList<>())
                    .addAll(inOrder.get(latest));
              });
          if (standing.size() > 1) {
            conflicts.add(
                new FigureConflict(
                    first.figure().measure(),
                    first.figure().period(),
                    first.figure().party(),
                    standing.values().stream().map(Figures::value).toList()));
          }
        });
    return new Comparison(conflicts, revisions);
  }

  /**
   * Who revises a figure: an official or intergovernmental publisher revises its own releases; any
   * other figure is revised only within its source chain.
   */
  private static String originOf(Evidence e) {
    SourceType t = e.source().type();
    return t == SourceType.OFFICIAL || t == SourceType.INTERGOVERNMENTAL
        ? e.source().publisher()
        : e.origin();
  }

  /**
   * The quantity in the measure's unit (stripped of trailing zeros, so 1.50 and 1.5 are one value).
   */
  static BigDecimal normalised(Evidence e, Measure m) {
    BigDecimal q =
        m == null ? e.figure().quantity() : m.inUnit(e.figure().quantity(), e.figure().unit());
    if (q == null) {
      throw new IllegalStateException(
          "evidence '"
              + e.id()
              + "': unit '"
              + e.figure().unit()
              + "' is not declared by measure '"
              + m.id()
              + "'");
    }
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A value as the first of its items (by id) gives it, with all of them. */
  private static FigureConflict.Value value(List<Evidence> items) {
    List<Evidence> byId =
        items.stream().sorted(Comparator.comparing(Evidence::id)).distinct().toList();
    Evidence e = byId.get(0);
    return new FigureConflict.Value(
        e.figure().quantity().toPlainString(),
        e.figure().unit(),
        byId.stream().map(Evidence::id).toList());
  }
}
