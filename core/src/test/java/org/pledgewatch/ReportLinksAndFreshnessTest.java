package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.Fixture.MEETING;
import static org.pledgewatch.Fixture.catalog;
import static org.pledgewatch.Fixture.engine;
import static org.pledgewatch.Fixture.item;
import static org.pledgewatch.Fixture.set;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;
import org.pledgewatch.report.ReportWriter;

/** What a reader can open and how fresh the evidence is, in every report format. */
class ReportLinksAndFreshnessTest {

  private static Report reportWithSourceAt(String url, LocalDate asOf) {
    Source s =
        new Source(
            "s-1", SourceType.OFFICIAL, "Publisher", "Joint statement (text)", url, MEETING, null);
    Evidence e =
        item(
            "e-1",
            "p-statement",
            "statement-issued",
            Stance.SUPPORTS,
            s,
            MEETING,
            "US",
            "MX",
            "GT");
    return engine().evaluate(catalog(), set(e), asOf);
  }

  @Test
  void webAddressesAreLinkedInHtmlAndMarkdown() {
    Report report = reportWithSourceAt("https://example.org/statement (final).html", MEETING);
    assertThat(ReportWriter.html(report))
        .contains(
            "<a href=\"https://example.org/statement (final).html\" rel=\"noopener noreferrer\">Joint statement (text)</a>");
    assertThat(ReportWriter.markdown(report))
        .contains("[Joint statement (text)](https://example.org/statement%20%28final%29.html)");
    assertThat(ReportWriter.json(report))
        .contains("\"url\" : \"https://example.org/statement (final).html\"");
  }

  @Test
  void otherAddressesFromUntrustedEvidenceAreNeverLinks() {
    for (String url :
        new String[] {
          "javascript:alert(1)",
          "JAVASCRIPT:alert(1)",
          "data:text/html,<script>x</script>",
          "file:///etc/passwd",
          " https://example.org"
        }) {
      Report report = reportWithSourceAt(url, MEETING);
      String html = ReportWriter.html(report);
      assertThat(html)
          .as(url)
          .doesNotContain("<a href=\"" + url.replace("<", "&lt;").replace(">", "&gt;"))
          .contains("<em>Joint statement (text)</em>");
      assertThat(html).as(url).doesNotContain("<script>");
      assertThat(ReportWriter.markdown(report))
          .as(url)
          .contains("*Joint statement (text)*")
          .doesNotContain("](" + url);
    }
  }

  @Test
  void reportsWarnWhenTheNewestEvidenceIsFarOlderThanTheAsOfDate() {
    LocalDate fresh = MEETING.plusDays(Report.STALE_AFTER_DAYS);
    LocalDate stale = fresh.plusDays(1);
    assertThat(reportWithSourceAt(null, fresh).staleEvidenceWarning()).isEmpty();
    Report report = reportWithSourceAt(null, stale);
    String warning =
        "the newest evidence was published on "
            + MEETING
            + ", 91 days before "
            + stale
            + ": what happened since is not in these verdicts";
    assertThat(report.staleEvidenceWarning()).contains(warning);
    assertThat(ReportWriter.text(report)).contains("Warning: " + warning + "\n");
    assertThat(ReportWriter.markdown(report)).contains("**Warning:** " + warning + ".");
    assertThat(ReportWriter.html(report))
        .contains("<p class=\"warning\"><strong>Warning:</strong> " + warning + ".</p>");
    assertThat(ReportWriter.text(reportWithSourceAt(null, fresh))).doesNotContain("Warning");
  }

  @Test
  void reportsWarnWhenNoEvidenceIsPublishedByTheAsOfDate() {
    Report report = engine().evaluate(catalog(), set(), MEETING);
    assertThat(report.staleEvidenceWarning())
        .contains("no evidence was published by " + MEETING + ", so no verdict rests on any");
    assertThat(ReportWriter.text(report)).contains("Warning: no evidence was published");
  }
}
