package org.pledgewatch.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an evaluation is as of, present once in working memory for rules that reason about time,
 * for example {@code AsOf($d : date)}. Evidence published after it is never inserted.
 *
 * @param date the as-of date
 */
public record AsOf(LocalDate date) {
  public AsOf {
    Objects.requireNonNull(date, "date");
  }
}
