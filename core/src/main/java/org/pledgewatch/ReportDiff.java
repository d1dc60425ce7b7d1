package org.pledgewatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which verdicts changed between two reports, and why: new evidence, new rules, another as-of date.
 * For audit trails and for "what changed since the last report".
 *
 * @param beforeAsOf the earlier report's as-of date
 * @param afterAsOf the later report's as-of date
 * @param rulesChanged whether the rule sources differ
 * @param catalogChanged whether the catalog differs
 * @param evidenceChanged whether the evidence set differs
 * @param changes every commitment whose verdict (status, late flag or a party's status) changed
 */
public record ReportDiff(
    LocalDate beforeAsOf,
    LocalDate afterAsOf,
    boolean rulesChanged,
    boolean catalogChanged,
    boolean evidenceChanged,
    List<VerdictChange> changes) {

  public ReportDiff {
    changes = List.copyOf(changes);
  }

  /**
   * One verdict that changed.
   *
   * @param commitment the commitment's id
   * @param before the earlier status, or {@code null} if the commitment was not in the earlier
   *     report
   * @param after the later status, or {@code null} if it is not in the later report
   * @param why what changed underneath: criteria that became satisfied or contradicted or no longer
   *     are, parties whose status moved, evidence newly cited, and the new summary
   */
  public record VerdictChange(String commitment, Status before, Status after, List<String> why) {
    public VerdictChange {
      why = List.copyOf(why);
    }
  }

  /** The differences between an earlier and a later report. */
  public static ReportDiff between(Report before, Report after) {
    Map<String, Assessment> a = index(before);
    Map<String, Assessment> b = index(after);
    TreeSet<String> ids = new TreeSet<>(a.keySet());
    ids.addAll(b.keySet());
    List<VerdictChange> changes = new ArrayList<>();
    for (String id : ids) {
      Assessment x = a.get(id);
      Assessment y = b.get(id);
      if (x != null && y != null && x.verdict().equals(y.verdict())) {
        continue;
      }
      changes.add(
          new VerdictChange(
              id, x == null ? null : x.status(), y == null ? null : y.status(), why(x, y)));
    }
    return new ReportDiff(
        before.asOf(),
        after.asOf(),
        !before.rulesFingerprint().equals(after.rulesFingerprint()),
        !before.catalogFingerprint().equals(after.catalogFingerprint()),
        !before.evidenceFingerprint().equals(after.evidenceFingerprint()),
        changes);
  }

  private static Map<String, Assessment> index(Report r) {
    Map<String, Assessment> out = new TreeMap<>();
    r.assessments().forEach(x -> out.put(x.commitment(), x));
    return out;
  }

  private static List<String> why(Assessment x, Assessment y) {
    List<String> why = new ArrayList<>();
    if (x == null) {
      why.add("new in the catalog");
    } else if (y == null) {
      why.add("no longer in the catalog");
    } else {
      Map<String, CriterionResult> old = new TreeMap<>();
      x.explanation().criteria().forEach(c -> old.put(c.criterion(), c));
      for (CriterionResult c : y.explanation().criteria()) {
        CriterionResult o = old.get(c.criterion());
        if (o == null || o.satisfied() != c.satisfied()) {
          why.add(
              "criterion '"
                  + c.criterion()
                  + "' "
                  + (c.satisfied() ? "now satisfied" : "no longer satisfied"));
        }
        if (o == null || o.contradicted() != c.contradicted()) {
          why.add(
              "criterion '"
                  + c.criterion()
                  + "' "
                  + (c.contradicted() ? "now contradicted" : "no longer contradicted"));
        }
      }
      y.byParty()
          .forEach(
              (party, status) -> {
                Status was = x.byParty().get(party);
                if (!Objects.equals(was, status)) {
                  why.add(
                      party
                          + " "
                          + (was == null ? "new" : was.jsonName())
                          + " -> "
                          + status.jsonName());
                }
              });
      if (x.late() != y.late()) {
        why.add(y.late() ? "now late" : "no longer late");
      }
      TreeSet<String> cited = new TreeSet<>();
      y.explanation()
          .criteria()
          .forEach(c -> c.decisions().forEach(d -> cited.addAll(d.evidence())));
      x.explanation()
          .criteria()
          .forEach(c -> c.decisions().forEach(d -> cited.removeAll(d.evidence())));
      if (!cited.isEmpty()) {
        why.add("newly counted evidence: " + String.join(", ", cited));
      }
    }
    if (y != null) {
      why.add(y.explanation().summary());
    }
    return why;
  }
}
