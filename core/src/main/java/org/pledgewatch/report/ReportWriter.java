package org.pledgewatch.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pledgewatch.Assessment;
import org.pledgewatch.CriterionResult;
import org.pledgewatch.EvidenceRef;
import org.pledgewatch.FigureConflict;
import org.pledgewatch.Report;
import org.pledgewatch.RuleDecision;
import org.pledgewatch.Scorecard;
import org.pledgewatch.SetAsideItem;
import org.pledgewatch.Status;
import org.pledgewatch.internal.Json;
import org.pledgewatch.model.Source;

/**
 * Writes a {@link Report} as JSON (stable: the same report gives the same bytes), Markdown, a
 * self-contained HTML page, or plain text for a terminal. Every format carries the engine version,
 * the as-of date and the fingerprints, and ends lines with {@code \n}.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The formats this writer knows. */
  public enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    HTML,
    CSV
  }

  public static String write(Report report, Format format) {
    return switch (format) {
      case TEXT -> text(report);
      case JSON -> json(report);
      case MARKDOWN -> markdown(report);
      case HTML -> html(report);
      case CSV -> csv(report);
    };
  }

  /**
   * The verdicts as CSV (RFC 4180, for a spreadsheet): one row per commitment, then one per party
   * of it, with the G7 Research Group score (+1, 0, -1; a commitment's is its parties' mean; empty
   * when not scored). A cell that a spreadsheet would read as a formula (one starting with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with {@code '}.
   */
  public static String csv(Report report) {
    StringBuilder out =
        new StringBuilder("commitment,party,status,late,met_on,confidence,g7_score,due,as_of\n");
    Scorecard scorecard = Scorecard.of(report);
    for (int i = 0; i < report.assessments().size(); i++) {
      Assessment a = report.assessments().get(i);
      Scorecard.Row row = scorecard.rows().get(i);
      csvRow(
          out,
          a.commitment(),
          "",
          a.status(),
          a.late(),
          a.metOn(),
          a.confidence(),
          row.score() == null ? "" : String.format(Locale.ROOT, "%.2f", row.score()),
          a);
      a.verdict()
          .byParty()
          .forEach(
              (party, v) -> {
                Integer score = row.byParty().get(party).score();
                csvRow(
                    out,
                    a.commitment(),
                    party,
                    v.status(),
                    v.late(),
                    v.metOn(),
                    v.confidence(),
                    score == null ? "" : String.valueOf(score),
                    a);
              });
    }
    return out.toString();
  }

  private static void csvRow(
      StringBuilder out,
      String commitment,
      String party,
      Status status,
      boolean late,
      java.time.LocalDate metOn,
      double confidence,
      String score,
      Assessment a) {
    List<String> cells =
        List.of(
            commitment,
            party,
            status.jsonName(),
            String.valueOf(late),
            metOn == null ? "" : metOn.toString(),
            String.format(Locale.ROOT, "%.2f", confidence),
            score,
            a.due() == null ? "" : a.due().toString(),
            a.asOf().toString());
    for (int i = 0; i < cells.size(); i++) {
      out.append(i > 0 ? "," : "").append(csvCell(cells.get(i), i == 6));
    }
    out.append('\n');
  }

  /** A cell, quoted when it must be and defused when a spreadsheet would run it. */
  static String csvCell(String value, boolean number) {
    String v = value;
    if (!number && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** The report as JSON; its shape is documented in {@code docs/report-format.md}. */
  public static String json(Report report) {
    return Json.write(report);
  }

  /**
   * Reads a report written by {@link #json(Report)}, for comparing reports over time.
   *
   * @throws org.pledgewatch.PledgewatchException {@code invalid_evidence} naming the position if
   *     the text is not such a report
   */
  public static Report readJson(String name, String json) {
    try {
      return Json.mapper().readValue(json, Report.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      org.pledgewatch.Location where =
          e.getLocation() == null
              ? org.pledgewatch.Location.file(name)
              : org.pledgewatch.Location.file(
                  name, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
      throw org.pledgewatch.PledgewatchException.of(
          org.pledgewatch.ErrorCode.INVALID_EVIDENCE,
          where,
          "expected a Pledgewatch JSON report: " + e.getOriginalMessage());
    }
  }

  /** Lists the verdicts that changed between two reports, and why, one block per commitment. */
  public static String text(org.pledgewatch.ReportDiff diff) {
    StringBuilder out =
        new StringBuilder("Changes from ")
            .append(diff.beforeAsOf())
            .append(" to ")
            .append(diff.afterAsOf())
            .append('\n');
    List<String> inputs = new java.util.ArrayList<>();
    if (diff.rulesChanged()) {
      inputs.add("rules");
    }
    if (diff.catalogChanged()) {
      inputs.add("catalog");
    }
    if (diff.evidenceChanged()) {
      inputs.add("evidence");
    }
    out.append(
            inputs.isEmpty()
                ? "same rules, catalog and evidence"
                : "changed: " + String.join(", ", inputs))
        .append('\n');
    if (diff.changes().isEmpty()) {
      out.append("no verdict changed\n");
    }
    for (org.pledgewatch.ReportDiff.VerdictChange c : diff.changes()) {
      out.append('\n')
          .append(c.commitment())
          .append(": ")
          .append(c.before() == null ? "none" : statusLabel(c.before()))
          .append(" -> ")
          .append(c.after() == null ? "none" : statusLabel(c.after()))
          .append('\n');
      c.why().forEach(w -> out.append("  ").append(w).append('\n'));
    }
    return out.toString();
  }

  /** One assessment as JSON, in the shape it has inside a report. */
  public static String json(Assessment assessment) {
    return Json.write(assessment);
  }

  private static String statusLabel(Status s) {
    return s.jsonName().replace('-', ' ');
  }

  private static String flags(Assessment a) {
    StringBuilder f = new StringBuilder();
    if (a.late()) {
      f.append(" (late)");
    }
    return f.toString();
  }

  private static String parties(Assessment a) {
    return a.byParty().entrySet().stream()
        .map(e -> e.getKey() + " " + statusLabel(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", c);
  }

  /** A readable summary for a terminal: one block per commitment. */
  public static String text(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("Pledgewatch compliance report as of ").append(report.asOf()).append('\n');
    out.append(report.assessments().size())
        .append(report.assessments().size() == 1 ? " commitment, " : " commitments, ")
        .append(report.evidenceConsidered())
        .append(" evidence items considered");
    if (report.latestEvidencePublished() != null) {
      out.append(" (latest published ").append(report.latestEvidencePublished()).append(')');
    }
    if (report.evidenceNotYetPublished() > 0) {
      out.append(", ")
          .append(report.evidenceNotYetPublished())
          .append(" published later and ignored");
    }
    out.append('\n');
    report.staleEvidenceWarning().ifPresent(w -> out.append("Warning: ").append(w).append('\n'));
    report
        .g7Percentage()
        .ifPresent(
            p ->
                out.append("G7 Research Group score: ")
                    .append(String.format(Locale.ROOT, "%.0f%%", p))
                    .append(scored(report))
                    .append('\n'));
    out.append('\n');
    for (Assessment a : report.assessments()) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "%-22s %s",
                  statusLabel(a.status()).toUpperCase(Locale.ROOT) + flags(a),
                  a.commitment()))
          .append('\n');
      out.append("  ").append(a.title()).append('\n');
      if (a.byParty().size() > 1 && a.byParty().values().stream().anyMatch(s -> s != a.status())) {
        out.append("  parties: ").append(parties(a)).append('\n');
      }
      out.append("  confidence ")
          .append(confidence(a.confidence()))
          .append(": ")
          .append(a.explanation().summary())
          .append('\n');
    }
    scorecardText(report, out);
    figureConflictsText(report, out);
    out.append('\n')
        .append("engine ")
        .append(report.engineVersion())
        .append(", rules ")
        .append(shortHash(report.rulesFingerprint()))
        .append(", evidence ")
        .append(shortHash(report.evidenceFingerprint()))
        .append('\n');
    return out.toString();
  }

  private static void figureConflictsText(Report report, StringBuilder out) {
    if (report.figureConflicts().isEmpty()) {
      return;
    }
    out.append("\nConflicting figures (reported, not averaged):\n");
    for (FigureConflict c : report.figureConflicts()) {
      out.append("  ").append(conflict(c)).append('\n');
    }
  }

  /** The scorecard is printed only where a commitment has more than one party to tell apart. */
  private static boolean showScorecard(Report report) {
    return report.assessments().stream().anyMatch(a -> a.byParty().size() > 1);
  }

  /**
   * A G7 score: {@code +1}, {@code 0}, {@code -1}, or a mean such as {@code +0.38}; blank if none.
   */
  private static String score(Double s) {
    if (s == null) {
      return "";
    }
    if (s == Math.rint(s)) {
      return s > 0 ? "+" + s.intValue() : Integer.toString(s.intValue());
    }
    return String.format(Locale.ROOT, "%+.2f", s);
  }

  private static String score(java.util.OptionalDouble s) {
    return s.isPresent() ? score(s.getAsDouble()) : "";
  }

  private static String percent(java.util.OptionalDouble p) {
    return p.isPresent() ? String.format(Locale.ROOT, "%.0f%%", p.getAsDouble()) : "";
  }

  private static String cellScore(Scorecard.Row r, String party) {
    Scorecard.Cell c = r.byParty().get(party);
    return c == null ? "" : c.score() == null ? "n/s" : score(c.score().doubleValue());
  }

  /** What decided a party's score: each criterion with its items. */
  private static String counted(Scorecard.Cell c) {
    if (c.counted().isEmpty()) {
      return "none";
    }
    return c.counted().entrySet().stream()
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private static void scorecardText(Report report, StringBuilder out) {
    if (!showScorecard(report)) {
      return;
    }
    Scorecard card = Scorecard.of(report);
    int width =
        Math.max(
            "Percentage".length(),
            card.rows().stream().mapToInt(r -> r.commitment().length()).max().orElse(0));
    out.append(
        "\nScorecard (G7 Research Group scores: +1 met, 0 partial or contested, -1 not met, n/s"
            + " not scored; a commitment's score is its parties' mean)\n");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", ""));
    card.parties().forEach(p -> head.append(String.format(Locale.ROOT, " %6s", p)));
    out.append(head).append(String.format(Locale.ROOT, " %6s", "score")).append('\n');
    for (Scorecard.Row r : card.rows()) {
      out.append(String.format(Locale.ROOT, "  %-" + width + "s", r.commitment()));
      card.parties().forEach(p -> out.append(String.format(Locale.ROOT, " %6s", cellScore(r, p))));
      out.append(String.format(Locale.ROOT, " %6s", score(r.score()))).append('\n');
    }
    out.append(String.format(Locale.ROOT, "  %-" + width + "s", "Average"));
    card.parties()
        .forEach(p -> out.append(String.format(Locale.ROOT, " %6s", score(card.average(p)))));
    out.append(String.format(Locale.ROOT, " %6s", score(card.average()))).append('\n');
    out.append(String.format(Locale.ROOT, "  %-" + width + "s", "Percentage"));
    card.parties()
        .forEach(p -> out.append(String.format(Locale.ROOT, " %6s", percent(card.percentage(p)))));
    out.append(String.format(Locale.ROOT, " %6s", percent(report.g7Percentage()))).append('\n');
    out.append(
        "Items counted for each party, by criterion (the report's other formats name them):\n");
    for (Scorecard.Row r : card.rows()) {
      if (r.byParty().size() < 2) {
        continue;
      }
      r.byParty()
          .forEach(
              (p, c) ->
                  out.append("  ")
                      .append(r.commitment())
                      .append(' ')
                      .append(p)
                      .append(' ')
                      .append(c.score() == null ? "n/s" : score(c.score().doubleValue()))
                      .append(": ")
                      .append(
                          c.counted().isEmpty()
                              ? "none"
                              : c.counted().entrySet().stream()
                                  .map(e -> e.getKey() + " " + e.getValue().size())
                                  .collect(Collectors.joining(", ")))
                      .append('\n'));
    }
  }

  private static void scorecardMarkdown(Scorecard card, Report report, StringBuilder out) {
    if (card == null) {
      return;
    }
    out.append(
        "\n## Scorecard\n\nG7 Research Group scores: +1 met, 0 partially met, in progress or"
            + " contested, -1 not met; n/s not scored (insufficient evidence). A commitment's score"
            + " is the mean of its parties'.\n\n| Commitment |");
    card.parties().forEach(p -> out.append(' ').append(p).append(" |"));
    out.append(" Score |\n|---|");
    card.parties().forEach(p -> out.append("---|"));
    out.append("---|\n");
    for (Scorecard.Row r : card.rows()) {
      out.append("| `").append(r.commitment()).append("` |");
      card.parties().forEach(p -> out.append(' ').append(cellScore(r, p)).append(" |"));
      out.append(' ').append(score(r.score())).append(" |\n");
    }
    out.append("| Average |");
    card.parties().forEach(p -> out.append(' ').append(score(card.average(p))).append(" |"));
    out.append(' ').append(score(card.average())).append(" |\n| Percentage |");
    card.parties().forEach(p -> out.append(' ').append(percent(card.percentage(p))).append(" |"));
    out.append(' ').append(percent(report.g7Percentage())).append(" |\n");
  }

  /** Each party's score on one commitment with the items that decided it. */
  private static void partiesMarkdown(Scorecard.Row r, StringBuilder out) {
    out.append("\n| Party | Status | Score | Items counted, by criterion |\n|---|---|---|---|\n");
    r.byParty()
        .forEach(
            (p, c) ->
                out.append("| ")
                    .append(p)
                    .append(" | ")
                    .append(statusLabel(c.status()))
                    .append(" | ")
                    .append(c.score() == null ? "n/s" : score(c.score().doubleValue()))
                    .append(" | ")
                    .append(md(counted(c)))
                    .append(" |\n"));
  }

  private static void scorecardHtml(Scorecard card, Report report, StringBuilder out) {
    if (card == null) {
      return;
    }
    out.append(
        "<section id=\"scorecard\">\n<h2>Scorecard</h2>\n<p>G7 Research Group scores: +1 met, 0"
            + " partially met, in progress or contested, -1 not met; n/s not scored (insufficient"
            + " evidence). A commitment's score is the mean of its parties'.</p>\n<table"
            + " class=\"scorecard\">\n<thead><tr><th>Commitment</th>");
    card.parties().forEach(p -> out.append("<th>").append(h(p)).append("</th>"));
    out.append("<th>Score</th></tr></thead>\n<tbody>\n");
    for (Scorecard.Row r : card.rows()) {
      out.append("<tr><td><a href=\"#")
          .append(h(r.commitment()))
          .append("\">")
          .append(h(r.commitment()))
          .append("</a></td>");
      card.parties().forEach(p -> out.append("<td>").append(cellScore(r, p)).append("</td>"));
      out.append("<td>").append(score(r.score())).append("</td></tr>\n");
    }
    out.append("<tr><th>Average</th>");
    card.parties().forEach(p -> out.append("<td>").append(score(card.average(p))).append("</td>"));
    out.append("<td>").append(score(card.average())).append("</td></tr>\n<tr><th>Percentage</th>");
    card.parties()
        .forEach(p -> out.append("<td>").append(percent(card.percentage(p))).append("</td>"));
    out.append("<td>")
        .append(percent(report.g7Percentage()))
        .append("</td></tr>\n</tbody>\n</table>\n</section>\n");
  }

  private static void partiesHtml(Scorecard.Row r, StringBuilder out) {
    out.append(
        "<table class=\"parties\">\n<thead><tr><th>Party</th><th>Status</th><th>Score</th>"
            + "<th>Items counted, by criterion</th></tr></thead>\n<tbody>\n");
    r.byParty()
        .forEach(
            (p, c) ->
                out.append("<tr><td>")
                    .append(h(p))
                    .append("</td><td>")
                    .append(badge(c.status()))
                    .append("</td><td>")
                    .append(c.score() == null ? "n/s" : score(c.score().doubleValue()))
                    .append("</td><td>")
                    .append(h(counted(c)))
                    .append("</td></tr>\n"));
    out.append("</tbody>\n</table>\n");
  }

  /** How many commitments the G7 score rests on: insufficient evidence is not scored. */
  private static String scored(Report report) {
    long n = report.assessments().stream().filter(a -> a.g7Score().isPresent()).count();
    return " ("
        + n
        + " of "
        + report.assessments().size()
        + " commitments scored; insufficient evidence is not scored)";
  }

  /** One conflict as a line: {@code measure period: 1 unit (e1) vs 2 unit (e2)}. */
  private static String conflict(FigureConflict c) {
    return c.measure()
        + (c.period() == null ? "" : " " + c.period())
        + ": "
        + c.values().stream()
            .map(v -> v.quantity() + " " + v.unit() + " (" + String.join(", ", v.evidence()) + ")")
            .collect(Collectors.joining(" vs "));
  }

  private static String shortHash(String fingerprint) {
    int colon = fingerprint.indexOf(':');
    return fingerprint.substring(0, Math.min(fingerprint.length(), colon + 13));
  }

  /** The report as Markdown: a summary table, then each commitment's explanation. */
  public static String markdown(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("# Compliance report as of ").append(report.asOf()).append("\n\n");
    out.append(report.evidenceConsidered())
        .append(" evidence items considered")
        .append(
            report.latestEvidencePublished() == null
                ? ""
                : ", the latest published " + report.latestEvidencePublished())
        .append(
            report.evidenceNotYetPublished() > 0
                ? "; "
                    + report.evidenceNotYetPublished()
                    + " published after the as-of date are ignored"
                : "")
        .append(".\n\n");
    report
        .staleEvidenceWarning()
        .ifPresent(w -> out.append("**Warning:** ").append(md(w)).append(".\n\n"));
    out.append("| Commitment | Status | Parties | Confidence | Reason |\n|---|---|---|---|---|\n");
    for (Assessment a : report.assessments()) {
      out.append("| ")
          .append(md(a.title()))
          .append(" (`")
          .append(a.commitment())
          .append("`) | ")
          .append(statusLabel(a.status()))
          .append(flags(a))
          .append(" | ")
          .append(md(parties(a)))
          .append(" | ")
          .append(confidence(a.confidence()))
          .append(" | ")
          .append(md(a.explanation().summary()))
          .append(" |\n");
    }
    report
        .g7Percentage()
        .ifPresent(
            p ->
                out.append("\nG7 Research Group score: ")
                    .append(String.format(Locale.ROOT, "%.0f%%", p))
                    .append(scored(report))
                    .append(".\n"));
    Scorecard card = showScorecard(report) ? Scorecard.of(report) : null;
    scorecardMarkdown(card, report, out);
    for (int i = 0; i < report.assessments().size(); i++) {
      Assessment a = report.assessments().get(i);
      out.append("\n## ").append(md(a.title())).append("\n\n");
      out.append("`")
          .append(a.commitment())
          .append("`: **")
          .append(statusLabel(a.status()))
          .append(flags(a))
          .append("**, confidence ")
          .append(confidence(a.confidence()))
          .append(a.due() == null ? "" : ", due " + a.due())
          .append(". ")
          .append(md(a.explanation().summary()))
          .append("\n\n");
      if (a.byParty().size() > 1) {
        partiesMarkdown(card.rows().get(i), out);
        out.append('\n');
      }
      for (CriterionResult c : a.explanation().criteria()) {
        out.append("- **")
            .append(c.criterion())
            .append("** ")
            .append(
                c.satisfied()
                    ? "satisfied" + (c.satisfiedOn() == null ? "" : " on " + c.satisfiedOn())
                    : "not satisfied")
            .append(c.contradicted() ? ", contradicted" : "")
            .append(": ")
            .append(md(c.description()))
            .append('\n');
        for (RuleDecision d : c.decisions()) {
          out.append("  - ")
              .append(d.stance())
              .append(" by rule *")
              .append(md(d.rule()))
              .append("*")
              .append(d.party() == null ? "" : " for " + d.party())
              .append(" on ")
              .append(String.join(", ", d.evidence()))
              .append(d.note() == null ? "" : ": " + md(d.note()))
              .append('\n');
        }
        if (c.wouldSatisfy() != null) {
          out.append("  - would be satisfied by: ").append(md(c.wouldSatisfy())).append('\n');
        }
      }
      for (SetAsideItem s : a.explanation().setAside()) {
        out.append("- set aside ")
            .append(s.evidence())
            .append(": ")
            .append(md(s.reason()))
            .append('\n');
      }
      if (!a.explanation().evidence().isEmpty()) {
        out.append("\nEvidence:\n\n");
        for (EvidenceRef e : a.explanation().evidence()) {
          out.append("- `")
              .append(e.id())
              .append("` ")
              .append(e.kind())
              .append(", ")
              .append(e.stance())
              .append(": ")
              .append(md(e.publisher()))
              .append(", ")
              .append(
                  Source.isWebAddress(e.url())
                      ? "[" + mdLinkText(e.title()) + "](" + mdUrl(e.url()) + ")"
                      : "*" + md(e.title()) + "*")
              .append(", ")
              .append(e.publishedOn())
              .append(e.origin().equals(e.source()) ? "" : " (rewrite of " + e.origin() + ")")
              .append(": \"")
              .append(md(e.quote()))
              .append("\"\n");
        }
      }
    }
    if (!report.figureConflicts().isEmpty()) {
      out.append("\n## Conflicting figures\n\n");
      for (FigureConflict c : report.figureConflicts()) {
        out.append("- ").append(md(conflict(c))).append('\n');
      }
    }
    out.append("\n---\nEngine ")
        .append(report.engineVersion())
        .append("; rules `")
        .append(report.rulesFingerprint())
        .append("`; catalog `")
        .append(report.catalogFingerprint())
        .append("`; evidence `")
        .append(report.evidenceFingerprint())
        .append("`; generated ")
        .append(report.generatedAt())
        .append(".\n");
    return out.toString();
  }

  private static String mdLinkText(String s) {
    return md(s).replace("[", "\\[").replace("]", "\\]");
  }

  /**
   * A URL safe inside Markdown's {@code (...)}: the characters that would end or break it,
   * percent-encoded.
   */
  private static String mdUrl(String url) {
    StringBuilder b = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c == '(' || c == ')' || c == '<' || c == '>' || c == ' ' || c == '"' || c < 0x20) {
        b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static final Map<Status, String> COLOURS =
      Map.of(
          Status.MET,
          "#1b7f3b",
          Status.PARTIALLY_MET,
          "#9a6700",
          Status.IN_PROGRESS,
          "#0b62a4",
          Status.NOT_MET,
          "#b42318",
          Status.CONTESTED,
          "#7a3e9d",
          Status.INSUFFICIENT_EVIDENCE,
          "#5f6b7a");

  /** The report as one self-contained HTML page: no scripts, no external resources. */
  public static String html(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Compliance report as of ")
        .append(report.asOf())
        .append(
            "</title>\n<style>\nbody{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}\n"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}\n"
                + ".status{color:#fff;border-radius:.3rem;padding:.1rem .4rem;white-space:nowrap}\nsection{margin-top:2rem}\nblockquote{color:#57606a;margin:.2rem 0 .2rem 1rem}\n"
                + "table.scorecard td,table.parties td{white-space:nowrap}\n"
                + ".warning{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem;border-radius:.3rem}\n"
                + "footer{margin-top:2rem;color:#57606a;font-size:.85rem;word-break:break-all}\n</style>\n</head>\n<body>\n");
    out.append("<h1>Compliance report as of ")
        .append(report.asOf())
        .append("</h1>\n<p>")
        .append(report.evidenceConsidered())
        .append(" evidence items considered")
        .append(
            report.latestEvidencePublished() == null
                ? ""
                : ", the latest published " + report.latestEvidencePublished())
        .append(".</p>\n");
    report
        .staleEvidenceWarning()
        .ifPresent(
            w ->
                out.append("<p class=\"warning\"><strong>Warning:</strong> ")
                    .append(h(w))
                    .append(".</p>\n"));
    out.append(
        "<table>\n<thead><tr><th>Commitment</th><th>Status</th><th>Parties</th><th>Confidence</th><th>Reason</th></tr></thead>\n<tbody>\n");
    for (Assessment a : report.assessments()) {
      out.append("<tr><td><a href=\"#")
          .append(h(a.commitment()))
          .append("\">")
          .append(h(a.title()))
          .append("</a></td><td>")
          .append(badge(a.status()))
          .append(a.late() ? " late" : "")
          .append("</td><td>")
          .append(h(parties(a)))
          .append("</td><td>")
          .append(confidence(a.confidence()))
          .append("</td><td>")
          .append(h(a.explanation().summary()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    Scorecard card = showScorecard(report) ? Scorecard.of(report) : null;
    scorecardHtml(card, report, out);
    for (int i = 0; i < report.assessments().size(); i++) {
      Assessment a = report.assessments().get(i);
      out.append("<section id=\"")
          .append(h(a.commitment()))
          .append("\">\n<h2>")
          .append(h(a.title()))
          .append("</h2>\n<p><code>")
          .append(h(a.commitment()))
          .append("</code> ")
          .append(badge(a.status()))
          .append(a.late() ? " late" : "")
          .append(a.due() == null ? "" : " due " + a.due())
          .append(": ")
          .append(h(a.explanation().summary()))
          .append("</p>\n");
      if (a.byParty().size() > 1) {
        partiesHtml(card.rows().get(i), out);
      }
      out.append("<ul>\n");
      for (CriterionResult c : a.explanation().criteria()) {
        out.append("<li><strong>")
            .append(h(c.criterion()))
            .append("</strong> ")
            .append(c.satisfied() ? "satisfied" : "not satisfied")
            .append(c.contradicted() ? ", contradicted" : "")
            .append(": ")
            .append(h(c.description()));
        for (RuleDecision d : c.decisions()) {
          out.append("<br>")
              .append(h(d.stance()))
              .append(" by rule <em>")
              .append(h(d.rule()))
              .append("</em>")
              .append(d.party() == null ? "" : " for " + h(d.party()))
              .append(" on ")
              .append(h(String.join(", ", d.evidence())));
        }
        if (c.wouldSatisfy() != null) {
          out.append("<br>would be satisfied by: ").append(h(c.wouldSatisfy()));
        }
        out.append("</li>\n");
      }
      for (SetAsideItem s : a.explanation().setAside()) {
        out.append("<li>set aside ")
            .append(h(s.evidence()))
            .append(": ")
            .append(h(s.reason()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
      for (EvidenceRef e : a.explanation().evidence()) {
        out.append("<p><code>")
            .append(h(e.id()))
            .append("</code> ")
            .append(h(e.publisher()))
            .append(", ")
            .append(
                Source.isWebAddress(e.url())
                    ? "<a href=\""
                        + h(e.url())
                        + "\" rel=\"noopener noreferrer\">"
                        + h(e.title())
                        + "</a>"
                    : "<em>" + h(e.title()) + "</em>")
            .append(", ")
            .append(e.publishedOn())
            .append("</p>\n<blockquote>")
            .append(h(e.quote()))
            .append("</blockquote>\n");
      }
      out.append("</section>\n");
    }
    if (!report.figureConflicts().isEmpty()) {
      out.append("<section>\n<h2>Conflicting figures</h2>\n<ul>\n");
      for (FigureConflict c : report.figureConflicts()) {
        out.append("<li>").append(h(conflict(c))).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("<footer>Engine ")
        .append(h(report.engineVersion()))
        .append("; rules ")
        .append(h(report.rulesFingerprint()))
        .append("; catalog ")
        .append(h(report.catalogFingerprint()))
        .append("; evidence ")
        .append(h(report.evidenceFingerprint()))
        .append("; generated ")
        .append(report.generatedAt())
        .append(".</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String badge(Status s) {
    return "<span class=\"status\" style=\"background:"
        + COLOURS.get(s)
        + "\">"
        + statusLabel(s)
        + "</span>";
  }

  /** Escapes text for HTML content and attribute values. */
  static String h(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
