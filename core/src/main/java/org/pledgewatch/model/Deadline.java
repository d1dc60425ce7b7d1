package org.pledgewatch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a commitment is due, if ever. The deadline decides when silence turns from "insufficient
 * evidence" into "not met", and whether a pledge met is flagged late.
 *
 * @param kind how firm the date is
 * @param due the last day on which fulfilment is on time; {@code null} only for {@link Kind#NONE}
 * @param text the deadline as the sources word it ("in April", "in the near future")
 */
public record Deadline(Kind kind, LocalDate due, String text) {

  /** How firm a deadline is. */
  public enum Kind {
    /** A date the sources give. */
    HARD,
    /** A loose date ("in April", "by the summer"), read as its latest day. */
    SOFT,
    /**
     * No date in the sources; the catalog assesses the pledge over a compliance period, as the G7
     * Research Group does between summits. Silence after it is "not met"; fulfilment after it is
     * not flagged late.
     */
    COMPLIANCE_PERIOD,
    /** No date and no period: silence never becomes "not met". */
    NONE
  }

  public Deadline {
    Objects.requireNonNull(kind, "deadline kind must not be null");
    if (kind == Kind.NONE && due != null) {
      throw new IllegalArgumentException(
          "a deadline of kind NONE must have no due date, but was " + due);
    }
    if (kind != Kind.NONE && due == null) {
      throw new IllegalArgumentException(
          "a deadline of kind " + kind + " needs a due date, but was null");
    }
  }

  public static Deadline none() {
    return new Deadline(Kind.NONE, null, null);
  }

  public static Deadline hard(LocalDate due) {
    return new Deadline(Kind.HARD, due, null);
  }

  /** Whether the deadline has passed as of the date: the due day itself is still on time. */
  public boolean passed(LocalDate asOf) {
    return due != null && asOf.isAfter(due);
  }

  /** Whether fulfilment on this date is late: only a hard or soft deadline makes it late. */
  public boolean late(LocalDate fulfilledOn) {
    return (kind == Kind.HARD || kind == Kind.SOFT) && fulfilledOn.isAfter(due);
  }
}
