package org.pledgewatch.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A quantity a catalog tracks, such as monthly border encounters: the unit its figures are compared
 * in, other units sources use with their factor to it, and the periods its series is read in.
 * Figures are compared as declared units, never by their labels: 176.2 thousand encounters and
 * 176,200 encounters are the same quantity.
 *
 * @param id the key figures name ({@code cbp-southwest-border-encounters})
 * @param name what it counts, for readers
 * @param unit the unit quantities are compared in ({@code encounters})
 * @param scales other unit labels sources use, each with what one of it is in {@code unit} ({@code
 *     "thousand encounters": 1000})
 * @param periods the kind of period a criterion's series is read in (monthly by default)
 * @param fiscalYearEndMonth the month a fiscal year ({@code FY2024}) ends in: 9 for the US federal
 *     year
 */
public record Measure(
    String id,
    String name,
    String unit,
    Map<String, BigDecimal> scales,
    Period.Kind periods,
    int fiscalYearEndMonth) {
  public Measure {
    Checks.id(id, "measure id");
    String where = "measure '" + id + "': ";
    Checks.text(name, where + "name");
    Checks.text(unit, where + "unit");
    scales = scales == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scales));
    scales.forEach(
        (label, factor) -> {
          Checks.text(label, where + "scales label");
          if (Objects.requireNonNull(factor, where + "scale '" + label + "'").signum() <= 0) {
            throw new IllegalArgumentException(
                where + "scale '" + label + "' must be a positive factor, but was " + factor);
          }
        });
    if (scales.containsKey(unit)) {
      throw new IllegalArgumentException(
          where + "scales must not name the unit '" + unit + "' itself");
    }
    periods = periods == null ? Period.Kind.MONTH : periods;
    if (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12) {
      throw new IllegalArgumentException(
          where + "fiscalYearEndMonth must be 1 to 12, but was " + fiscalYearEndMonth);
    }
  }

  /** A measure read monthly, in one unit, with US federal fiscal years. */
  public static Measure of(String id, String name, String unit) {
    return new Measure(id, name, unit, Map.of(), Period.Kind.MONTH, 9);
  }

  /** Whether figures may give their quantity in this unit. */
  public boolean knowsUnit(String label) {
    return unit.equals(label) || scales.containsKey(label);
  }

  /** The quantity in this measure's unit, or {@code null} if the unit is not one it declares. */
  public BigDecimal inUnit(BigDecimal quantity, String label) {
    if (unit.equals(label)) {
      return quantity;
    }
    BigDecimal factor = scales.get(label);
    return factor == null ? null : quantity.multiply(factor);
  }
}
