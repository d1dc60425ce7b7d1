package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Status;
import org.pledgewatch.Verdict;
import org.pledgewatch.internal.StatusRules.CriterionState;
import org.pledgewatch.model.Deadline;

/**
 * Walks the two tables of {@code docs/statuses.md} row by row against {@link StatusRules}, with no
 * rules engine: the decision table (overall and for one party, which use the same table) and the
 * joint-pledge aggregation. A row added to the page without a case here fails the test, and so does
 * a row the code disagrees with.
 */
class StatusTableTest {
  static final Path PAGE = Path.of("../docs/statuses.md");
  static final LocalDate DUE = LocalDate.of(2025, 2, 28);
  static final LocalDate BEFORE = DUE.minusDays(10);
  static final LocalDate AFTER = DUE.plusDays(1);

  /** Three criteria, two of them required. */
  static final int CRITERIA = 3;

  static final int REQUIRED = 2;

  @Test
  void everyRowOfTheDecisionTableHolds() throws IOException {
    List<List<String>> rows = table("## Decision table");
    assertThat(rows).hasSize(7);
    for (List<String> row : rows) {
      boolean contradicted =
          switch (row.get(0)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new AssertionError("unknown 'Contradicted?' cell: " + row);
          };
      List<Integer> satisfied =
          switch (row.get(1)) {
            case "at least one" -> List.of(1, 2, 3);
            case "none" -> List.of(0);
            case "at least `required`" -> List.of(REQUIRED, CRITERIA);
            case "some, fewer than `required`" -> List.of(1);
            default -> throw new AssertionError("unknown 'Satisfied criteria' cell: " + row);
          };
      List<Deadline> deadlines = new ArrayList<>();
      List<LocalDate> asOfs = new ArrayList<>();
      switch (row.get(2)) {
        case "any" -> {
          for (Deadline d : List.of(Deadline.hard(DUE), Deadline.none())) {
            for (LocalDate asOf : List.of(BEFORE, AFTER)) {
              deadlines.add(d);
              asOfs.add(asOf);
            }
          }
        }
        case "no, or no deadline" -> {
          deadlines.add(Deadline.hard(DUE));
          asOfs.add(BEFORE);
          deadlines.add(Deadline.none());
          asOfs.add(AFTER);
        }
        case "yes" -> {
          deadlines.add(Deadline.hard(DUE));
          asOfs.add(AFTER);
          deadlines.add(new Deadline(Deadline.Kind.COMPLIANCE_PERIOD, DUE, null));
          asOfs.add(AFTER);
        }
        default -> throw new AssertionError("unknown 'Deadline passed?' cell: " + row);
      }
      String status = row.get(3);
      for (int n : satisfied) {
        for (int k = 0; k < deadlines.size(); k++) {
          Deadline deadline = deadlines.get(k);
          LocalDate asOf = asOfs.get(k);
          // Met on time (before the due day), and, where the row speaks of lateness, met after it.
          for (LocalDate satisfiedOn :
              status.contains("late")
                  ? List.of(BEFORE.minusDays(5), AFTER)
                  : List.of(BEFORE.minusDays(5))) {
            if (satisfiedOn.isAfter(asOf)) {
              continue;
            }
            Verdict v =
                StatusRules.decide(states(n, contradicted, satisfiedOn), REQUIRED, deadline, asOf);
            String at =
                row
                    + " with "
                    + n
                    + " satisfied, "
                    + deadline
                    + ", as of "
                    + asOf
                    + ", satisfied on "
                    + satisfiedOn;
            assertThat(v.status()).as(at).isEqualTo(expected(status));
            assertThat(v.late())
                .as(at)
                .isEqualTo(
                    status.contains("**late**")
                        && satisfiedOn.isAfter(DUE)
                        && deadline.kind() == Deadline.Kind.HARD);
            assertThat(v.metOn()).as(at).isEqualTo(v.status() == Status.MET ? satisfiedOn : null);
          }
        }
      }
    }
  }

  @Test
  void everyRowOfTheJointPledgeTableHolds() throws IOException {
    List<List<String>> rows = table("### Joint pledges");
    assertThat(rows).hasSize(4);
    List<List<Status>> pairs = new ArrayList<>();
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        pairs.add(List.of(a, b));
      }
    }
    int covered = 0;
    for (List<Status> parties : pairs) {
      for (boolean passed : new boolean[] {false, true}) {
        // The first row whose condition holds decides, as the page reads from the top.
        List<String> row =
            rows.stream()
                .filter(r -> applies(r.get(0), parties))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + parties));
        Status expected =
            switch (row.get(1)) {
              case "that status" -> parties.get(0);
              case "contested" -> Status.CONTESTED;
              case "in progress, or partially met once the deadline has passed" ->
                  passed ? Status.PARTIALLY_MET : Status.IN_PROGRESS;
              case "not met" -> Status.NOT_MET;
              default -> throw new AssertionError("unknown 'Overall' cell: " + row);
            };
        assertThat(StatusRules.aggregate(parties, passed))
            .as(parties + (passed ? " after" : " before") + " the deadline")
            .isEqualTo(expected);
        covered++;
      }
    }
    assertThat(covered).isEqualTo(72);
  }

  @Test
  void whenThePartiesDifferTheOverallVerdictIsMetOnTheLatestPartysDateWithTheLowestConfidence() {
    Map<String, Verdict> parties = new TreeMap<>();
    parties.put("GT", Verdict.of(Status.MET, false, BEFORE.minusDays(3), 0.84));
    parties.put("US", Verdict.of(Status.MET, false, BEFORE, 0.9));
    // The criteria overall give in progress (no single finding covers both parties); the parties
    // agree on met.
    Verdict byCriteria = Verdict.of(Status.IN_PROGRESS, false, null, 0.84);
    Verdict joint = StatusRules.joint(byCriteria, parties, Deadline.hard(DUE), AFTER);
    assertThat(joint.status()).isEqualTo(Status.MET);
    assertThat(joint.metOn()).isEqualTo(BEFORE);
    assertThat(joint.confidence()).isEqualTo(0.84);
    assertThat(joint.byParty()).isEqualTo(parties);
    assertThat(StatusRules.mixed(byCriteria, joint)).isTrue();
  }

  private static boolean applies(String condition, List<Status> parties) {
    return switch (condition) {
      case "all the same" -> parties.stream().distinct().count() == 1;
      case "any contested" -> parties.contains(Status.CONTESTED);
      case "otherwise, any met, in progress or partially met" ->
          parties.contains(Status.MET)
              || parties.contains(Status.IN_PROGRESS)
              || parties.contains(Status.PARTIALLY_MET);
      case "otherwise (not met and insufficient evidence)" -> true;
      default -> throw new AssertionError("unknown 'Parties' statuses' cell: " + condition);
    };
  }

  /** {@code n} of three criteria satisfied on a day, the first contradicted if asked. */
  private static List<CriterionState> states(int n, boolean contradicted, LocalDate on) {
    List<CriterionState> out = new ArrayList<>();
    for (int i = 0; i < CRITERIA; i++) {
      out.add(
          new CriterionState(
              i < n ? on : null,
              contradicted && i == 0,
              i < n ? 0.9 : 0,
              contradicted && i == 0 ? 0.6 : 0,
              true));
    }
    return out;
  }

  private static Status expected(String cell) {
    String name = cell.replace("*", "").split("[;(]")[0].trim();
    return Status.parse(name);
  }

  /**
   * The rows of the first table under the heading that starts with this text, as trimmed cells,
   * without the header and separator rows.
   */
  private static List<List<String>> table(String heading) throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      if (lines.get(i).startsWith(heading)) {
        at = i;
      }
    }
    assertThat(at).as("heading '" + heading + "' in " + PAGE).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = at + 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.startsWith("|")) {
        inTable = true;
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          cells.add(cell.trim());
        }
        rows.add(cells);
      } else if (inTable) {
        break;
      }
    }
    return rows.subList(2, rows.size());
  }
}
