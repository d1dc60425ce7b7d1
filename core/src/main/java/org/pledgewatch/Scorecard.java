package org.pledgewatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * A report as the G7 Research Group tables it: each commitment's score per party (+1, 0, -1, or
 * none for insufficient evidence), with the items that decided each score, and each party's average
 * over the commitments it made, also as a percentage ({@code (mean + 1) * 50}).
 *
 * <p>Built from a report with {@link #of(Report)}; every report format prints it, and it adds
 * nothing the report does not already hold.
 *
 * @param parties every party of the report's commitments, sorted
 * @param rows one per commitment, in the report's order
 */
public record Scorecard(List<String> parties, List<Row> rows) {

  public Scorecard {
    parties = List.copyOf(parties);
    rows = List.copyOf(rows);
  }

  /**
   * One commitment's line.
   *
   * @param commitment the commitment's id
   * @param title its title
   * @param status its overall status
   * @param score its G7 score, the mean of its parties' ({@link Assessment#g7Score()}), or {@code
   *     null} when none is scored
   * @param byParty each party's cell, for the parties of the commitment only
   */
  public record Row(
      String commitment, String title, Status status, Double score, Map<String, Cell> byParty) {
    public Row {
      byParty = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byParty));
    }
  }

  /**
   * One party's score on one commitment.
   *
   * @param status the party's status
   * @param score its G7 score, or {@code null} when not scored (insufficient evidence)
   * @param counted for each criterion with a decision about this party, the items that decided it
   *     (supporting or contradicting), in the explanation's order
   */
  public record Cell(Status status, Integer score, Map<String, List<String>> counted) {
    public Cell {
      Objects.requireNonNull(status, "status");
      Map<String, List<String>> copy = new LinkedHashMap<>();
      counted.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      counted = java.util.Collections.unmodifiableMap(copy);
    }

    /** Every item that decided this cell, each once. */
    public List<String> items() {
      return counted.values().stream().flatMap(List::stream).distinct().toList();
    }
  }

  /** The scorecard of a report. */
  public static Scorecard of(Report report) {
    TreeSet<String> parties = new TreeSet<>();
    List<Row> rows = new ArrayList<>();
    for (Assessment a : report.assessments()) {
      Map<String, EvidenceRef> refs = new LinkedHashMap<>();
      a.explanation().evidence().forEach(r -> refs.put(r.id(), r));
      Map<String, Cell> cells = new LinkedHashMap<>();
      a.byParty()
          .forEach(
              (party, status) -> {
                parties.add(party);
                cells.put(party, new Cell(status, score(status), counted(a, party, refs)));
              });
      rows.add(
          new Row(
              a.commitment(),
              a.title(),
              a.status(),
              a.g7Score().isPresent() ? a.g7Score().getAsDouble() : null,
              cells));
    }
    return new Scorecard(new ArrayList<>(parties), rows);
  }

  private static Integer score(Status status) {
    return status.g7Score().isPresent() ? status.g7Score().getAsInt() : null;
  }

  /**
   * The items of each criterion's decisions that concern the party: a decision for that party, or a
   * decision for every party restricted to the items that name it.
   */
  private static Map<String, List<String>> counted(
      Assessment a, String party, Map<String, EvidenceRef> refs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (CriterionResult c : a.explanation().criteria()) {
      List<String> items = new ArrayList<>();
      for (RuleDecision d : c.decisions()) {
        if (d.party() != null && !d.party().equals(party)) {
          continue;
        }
        for (String id : d.evidence()) {
          EvidenceRef r = refs.get(id);
          boolean names = r != null && r.parties().contains(party);
          if ((d.party() != null || names) && !items.contains(id)) {
            items.add(id);
          }
        }
      }
      if (!items.isEmpty()) {
        out.put(c.criterion(), items);
      }
    }
    return out;
  }

  /**
   * The mean of the commitments' scores (each the mean of its parties'); empty if none is scored.
   */
  public OptionalDouble average() {
    return rows.stream().filter(r -> r.score() != null).mapToDouble(Row::score).average();
  }

  /** A party's mean score over the commitments it made that are scored; empty if none is. */
  public OptionalDouble average(String party) {
    return rows.stream()
        .map(r -> r.byParty().get(party))
        .filter(c -> c != null && c.score() != null)
        .mapToInt(Cell::score)
        .average();
  }

  /** A party's average as the G7 Research Group's percentage, {@code (mean + 1) * 50}. */
  public OptionalDouble percentage(String party) {
    OptionalDouble mean = average(party);
    return mean.isPresent() ? OptionalDouble.of((mean.getAsDouble() + 1) * 50) : mean;
  }
}
