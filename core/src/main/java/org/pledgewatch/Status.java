package org.pledgewatch;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The verdict on a commitment as of a date.
 *
 * <p>{@link #INSUFFICIENT_EVIDENCE} is its own outcome: it is never counted as met nor as not met
 * (a compliance tool that counts unevaluated checks as passes reports 100% on zero evidence).
 *
 * <table>
 * <caption>Mapping to published scales</caption>
 * <tr><th>Status</th><th>G7 Research Group</th><th>PolitiFact meter</th><th>UNHCR GRF</th></tr>
 * <tr><td>MET</td><td>+1</td><td>Promise Kept</td><td>Fulfilled</td></tr>
 * <tr><td>PARTIALLY_MET</td><td>0</td><td>Compromise</td><td>In progress</td></tr>
 * <tr><td>IN_PROGRESS</td><td>0</td><td>In the Works</td><td>In progress</td></tr>
 * <tr><td>NOT_MET</td><td>-1</td><td>Promise Broken</td><td>Planning stage</td></tr>
 * <tr><td>CONTESTED</td><td>0</td><td>Stalled</td><td>In progress</td></tr>
 * <tr><td>INSUFFICIENT_EVIDENCE</td><td>not scored</td><td>Not Yet Rated</td><td>Planning stage</td></tr>
 * </table>
 */
public enum Status {
  /** Every required criterion is satisfied and nothing contradicts it (possibly late). */
  MET(1, "Promise Kept", "Fulfilled"),
  /** The deadline has passed with some, not all, required criteria satisfied. */
  PARTIALLY_MET(0, "Compromise", "In progress"),
  /** Some required criteria are satisfied and the deadline has not passed (or there is none). */
  IN_PROGRESS(0, "In the Works", "In progress"),
  /**
   * The deadline passed with no criterion satisfied, or evidence of contrary action stands alone.
   */
  NOT_MET(-1, "Promise Broken", "Planning stage"),
  /** Supporting and contradicting evidence both stand. */
  CONTESTED(0, "Stalled", "In progress"),
  /** Nothing decides either way yet: never met, never not met. */
  INSUFFICIENT_EVIDENCE(null, "Not Yet Rated", "Planning stage");

  private final String jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');
  private final Integer g7;
  private final String politiFact;
  private final String unhcr;

  Status(Integer g7, String politiFact, String unhcr) {
    this.g7 = g7;
    this.politiFact = politiFact;
    this.unhcr = unhcr;
  }

  /**
   * The G7 Research Group score: +1, 0 or -1; empty for insufficient evidence, which is not scored.
   */
  public OptionalInt g7Score() {
    return g7 == null ? OptionalInt.empty() : OptionalInt.of(g7);
  }

  /** The PolitiFact meter rating. */
  public String politiFact() {
    return politiFact;
  }

  /** The UNHCR Global Refugee Forum pledge stage. */
  public String unhcr() {
    return unhcr;
  }

  /** The name used in JSON and scenario files: {@code partially-met}. */
  public String jsonName() {
    return jsonName;
  }

  /** The status with this JSON name or enum name. */
  public static Status parse(String text) {
    String norm = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return valueOf(norm);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected one of met, partially-met, in-progress, not-met, contested, insufficient-evidence, but was '"
              + text
              + "'",
          e);
    }
  }
}
