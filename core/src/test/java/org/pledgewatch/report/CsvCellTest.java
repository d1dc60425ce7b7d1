package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells are quoted by RFC 4180 and never run as a spreadsheet formula. */
class CsvCellTest {
  @Test
  void quotesWhatMustBeQuoted() {
    assertThat(ReportWriter.csvCell("tmm24-joint-statement", false))
        .isEqualTo("tmm24-joint-statement");
    assertThat(ReportWriter.csvCell("a, b", false)).isEqualTo("\"a, b\"");
    assertThat(ReportWriter.csvCell("say \"hi\"", false)).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportWriter.csvCell("two\nlines", false)).isEqualTo("\"two\nlines\"");
    assertThat(ReportWriter.csvCell("", false)).isEmpty();
  }

  @Test
  void defusesFormulasButNotNumbers() {
    assertThat(ReportWriter.csvCell("=HYPERLINK(\"http://x\")", false))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(ReportWriter.csvCell("+1", false)).isEqualTo("'+1");
    assertThat(ReportWriter.csvCell("@SUM(A1)", false)).isEqualTo("'@SUM(A1)");
    assertThat(ReportWriter.csvCell("-1", true)).isEqualTo("-1");
    assertThat(ReportWriter.csvCell("0.38", true)).isEqualTo("0.38");
  }
}
