package org.pledgewatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a source reports, such as "176,205 encounters in January 2024". Figures are evidence
 * like any other and can be wrong: two sources giving different quantities for the same measure,
 * period and party are reported as a conflict, never averaged (a later value from the same origin
 * or publisher is a revision). A catalog that declares the measure (see {@link Measure}) lets
 * criteria judge its series against a baseline.
 *
 * @param measure what is counted, as a stable key ({@code cbp-southwest-border-encounters})
 * @param quantity the number, exactly as given
 * @param unit the unit as the source gives it ({@code encounters}, {@code thousand encounters});
 *     one of the measure's declared units when the catalog declares it
 * @param period the period it covers ({@code 2024-01}, {@code 2024}, {@code 2024-Q1}, {@code
 *     FY2024}), or {@code null}
 * @param party the party the figure is about (per-country figures of a joint pledge), or {@code
 *     null}
 */
public record Figure(
    String measure, BigDecimal quantity, String unit, String period, String party) {
  public Figure {
    Checks.id(measure, "figure measure");
    Objects.requireNonNull(quantity, "figure '" + measure + "': quantity must not be null");
    Checks.text(unit, "figure '" + measure + "': unit");
    if (period != null) {
      Period.parse(period, "figure '" + measure + "': period");
    }
    if (party != null) {
      Checks.id(party, "figure '" + measure + "': party");
    }
  }

  /** A figure about no party in particular. */
  public Figure(String measure, BigDecimal quantity, String unit, String period) {
    this(measure, quantity, unit, period, null);
  }
}
