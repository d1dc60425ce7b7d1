package org.pledgewatch.model;

import java.util.Collection;
import java.util.Optional;

/** The nearest of some names to a misspelt one, for "did you mean" messages. */
final class Nearest {
  private Nearest() {}

  /**
   * The candidate within a third of the text's length in edits (at least two), nearest first by
   * distance then name; empty if none.
   */
  static Optional<String> of(String text, Collection<String> candidates) {
    String best = null;
    int bestDistance = Math.max(2, text.length() / 3) + 1;
    for (String c : new java.util.TreeSet<>(candidates)) {
      int d = distance(text, c, bestDistance);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Levenshtein distance, or a number at least {@code limit} once it is known to reach it; texts
   * are short ids.
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
