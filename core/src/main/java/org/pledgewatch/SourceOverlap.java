package org.pledgewatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;

/**
 * Finds sources that look like rewrites of each other, for a curator to review.
 *
 * <p>Independence is decided by data, not guessed: a source that rewrites another says so in {@link
 * Source#derivedFrom()}, and rules count each origin once. This detector only points at pairs worth
 * a look: two sources whose quoted words overlap heavily (containment of distinctive words at least
 * 0.5) and that give the same distinctive figure, or whose words overlap at least 0.7 on their own.
 * It is a heuristic tuned on paraphrased news copy; it decides no verdict.
 */
public final class SourceOverlap {
  private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]{2,}\\d");
  private static final Set<String> COMMON =
      Set.of(
          "that",
          "this",
          "with",
          "from",
          "have",
          "their",
          "they",
          "will",
          "were",
          "been",
          "which",
          "would",
          "about",
          "into",
          "also",
          "more",
          "than",
          "other",
          "such",
          "these",
          "those",
          "there",
          "said",
          "including",
          "between",
          "three",
          "delegations");

  private SourceOverlap() {}

  /**
   * Two sources that may share their text.
   *
   * @param first one source's id
   * @param second the other's
   * @param containment shared distinctive words over the smaller source's distinctive words
   * @param sharedFigures distinctive numbers both give
   * @param declared whether the evidence set already records one as derived from the other
   */
  public record Suspect(
      String first, String second, double containment, int sharedFigures, boolean declared) {}

  /**
   * Every pair of sources in the set whose quotes suggest one rewrites the other, most alike first.
   */
  public static List<Suspect> suspectedRewrites(EvidenceSet set) {
    Map<String, StringBuilder> text = new TreeMap<>();
    for (Evidence e : set.evidence()) {
      text.computeIfAbsent(e.source().id(), k -> new StringBuilder()).append(' ').append(e.quote());
    }
    Map<String, String> origin = new TreeMap<>();
    set.evidence().forEach(e -> origin.put(e.source().id(), e.origin()));
    List<String> ids = new ArrayList<>(text.keySet());
    List<Suspect> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        Set<String> wa = words(text.get(a).toString());
        Set<String> wb = words(text.get(b).toString());
        if (wa.isEmpty() || wb.isEmpty()) {
          continue;
        }
        Set<String> shared = new HashSet<>(wa);
        shared.retainAll(wb);
        double containment = (double) shared.size() / Math.min(wa.size(), wb.size());
        Set<String> figures = figures(text.get(a).toString());
        figures.retainAll(figures(text.get(b).toString()));
        if ((containment >= 0.5 && !figures.isEmpty()) || containment >= 0.7) {
          boolean declared = origin.get(a).equals(origin.get(b));
          out.add(
              new Suspect(a, b, Math.round(containment * 100) / 100.0, figures.size(), declared));
        }
      }
    }
    out.sort((x, y) -> Double.compare(y.containment(), x.containment()));
    return out;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!COMMON.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Numbers of three or more digits, separators removed; years (1900 to 2100) are not distinctive.
   */
  static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[,.]", "");
      boolean year =
          digits.length() == 4
              && Integer.parseInt(digits) >= 1900
              && Integer.parseInt(digits) <= 2100;
      if (!year) {
        out.add(digits);
      }
    }
    return out;
  }
}
