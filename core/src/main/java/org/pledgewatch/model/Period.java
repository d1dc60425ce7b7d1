package org.pledgewatch.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure covers, read from its text: a month ({@code 2024-01}), a quarter ({@code
 * 2024-Q1}), a calendar year ({@code 2024}), a fiscal year ({@code FY2024}, which ends in the month
 * a {@link Measure} declares: September for the US federal year) or a span of months ({@code
 * 2023-01/2024-02}, a cumulative count). Periods of one kind are ordered by their end.
 *
 * @param text the period as written
 * @param kind month, quarter, year or fiscal year
 * @param year the (fiscal) year
 * @param index the month (1-12) or quarter (1-4), the last month of a span; 0 for years
 */
public record Period(String text, Kind kind, int year, int index) {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})");
  private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");

  /** The kinds of period. */
  public enum Kind {
    MONTH,
    QUARTER,
    YEAR,
    FISCAL_YEAR,
    SPAN
  }

  /**
   * The period this text names.
   *
   * @throws IllegalArgumentException naming {@code what} and the text if it is none of the forms
   */
  public static Period parse(String text, String what) {
    Matcher m = MONTH.matcher(text);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            what + " must name a month from 01 to 12, but was '" + text + "'");
      }
      return new Period(text, Kind.MONTH, Integer.parseInt(m.group(1)), month);
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      return new Period(
          text, Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = YEAR.matcher(text)).matches()) {
      return new Period(text, Kind.YEAR, Integer.parseInt(m.group(1)), 0);
    }
    if ((m = FISCAL.matcher(text)).matches()) {
      return new Period(text, Kind.FISCAL_YEAR, Integer.parseInt(m.group(1)), 0);
    }
    if ((m = SPAN.matcher(text)).matches()) {
      int fromMonth = Integer.parseInt(m.group(2));
      int toMonth = Integer.parseInt(m.group(4));
      YearMonth from =
          fromMonth >= 1 && fromMonth <= 12
              ? YearMonth.of(Integer.parseInt(m.group(1)), fromMonth)
              : null;
      YearMonth to =
          toMonth >= 1 && toMonth <= 12
              ? YearMonth.of(Integer.parseInt(m.group(3)), toMonth)
              : null;
      if (from == null || to == null || to.isBefore(from)) {
        throw new IllegalArgumentException(
            what
                + " must span months from 01 to 12, the first not after the last, but was '"
                + text
                + "'");
      }
      return new Period(text, Kind.SPAN, to.getYear(), to.getMonthValue());
    }
    throw new IllegalArgumentException(
        what
            + " must be a month (2024-01), a quarter (2024-Q1), a year (2024), a fiscal year (FY2024) or a span of"
            + " months (2023-01/2024-02), but was '"
            + text
            + "'");
  }

  /** The last day of the period; a fiscal year ends in {@code fiscalYearEndMonth} of its year. */
  public LocalDate end(int fiscalYearEndMonth) {
    return switch (kind) {
      case MONTH, SPAN -> YearMonth.of(year, index).atEndOfMonth();
      case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
      case FISCAL_YEAR -> YearMonth.of(year, fiscalYearEndMonth).atEndOfMonth();
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
