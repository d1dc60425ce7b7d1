package org.pledgewatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a source reports, such as "176,205 encounters in January 2024". Figures are evidence
 * like any other and can be wrong: two sources giving different quantities for the same
 * {@code measure} and {@code period} are reported as a conflict, never averaged.
 *
 * @param measure what is counted, as a stable key ({@code cbp-southwest-border-encounters})
 * @param quantity the number
 * @param unit the unit ({@code encounters}, {@code USD})
 * @param period the period it covers ({@code 2024-01}), or {@code null}
 */
public record Figure(String measure, BigDecimal quantity, String unit, String period) {
  public Figure {
    Checks.id(measure, "figure measure");
    Objects.requireNonNull(quantity, "figure '" + measure + "': quantity must not be null");
    Checks.text(unit, "figure '" + measure + "': unit");
    quantity = quantity.stripTrailingZeros();
    if (quantity.scale() < 0) {
      quantity = quantity.setScale(0);
    }
  }
}
