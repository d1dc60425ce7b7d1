package org.pledgewatch.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Measure;

/** Checks evidence against a catalog and resolves party aliases to canonical ids. */
public final class EvidenceCheck {
  private EvidenceCheck() {}

  /**
   * The item with its parties resolved (aliases to ids, plus the parties they belong to), or the
   * problems that stop it from being used.
   */
  public static Result check(Catalog catalog, Evidence e) {
    if (known(catalog, e) && canonical(catalog, e.parties()) && figureFits(catalog, e)) {
      return new Result(e, List.of());
    }
    List<Problem> problems = new ArrayList<>();
    Location where = Location.evidence(e.id());
    for (String c : e.commitments()) {
      if (catalog.commitment(c).isEmpty()) {
        problems.add(
            new Problem(
                ErrorCode.UNKNOWN_COMMITMENT,
                where,
                "commitments must name commitments in the catalog, but '" + c + "' is not one"));
      }
    }
    if (e.criterion() != null
        && problems.isEmpty()
        && catalog
            .commitment(e.commitments().get(0))
            .orElseThrow()
            .criterion(e.criterion())
            .isEmpty()) {
      problems.add(
          new Problem(
              ErrorCode.INVALID_EVIDENCE,
              where,
              "criterion must name a criterion of commitment '"
                  + e.commitments().get(0)
                  + "', but was '"
                  + e.criterion()
                  + "'"));
    }
    if (e.figure() != null) {
      Measure m = catalog.measure(e.figure().measure()).orElse(null);
      if (m != null && !m.knowsUnit(e.figure().unit())) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                where,
                "figure unit must be one measure '"
                    + m.id()
                    + "' declares ("
                    + m.unit()
                    + (m.scales().isEmpty() ? "" : ", " + String.join(", ", m.scales().keySet()))
                    + "), but was '"
                    + e.figure().unit()
                    + "'"));
      }
      if (e.figure().party() != null && catalog.party(e.figure().party()).isEmpty()) {
        problems.add(
            new Problem(
                ErrorCode.UNKNOWN_PARTY,
                where,
                "figure party must name a party in the catalog, but was '"
                    + e.figure().party()
                    + "'"));
      }
    }
    Set<String> parties = new LinkedHashSet<>();
    for (String ref : e.parties()) {
      Optional<String> id = catalog.resolveParty(ref);
      if (id.isEmpty()) {
        problems.add(
            new Problem(
                ErrorCode.UNKNOWN_PARTY,
                where,
                "parties must name parties in the catalog (by id, name or alias), but '"
                    + ref
                    + "' is none of them"));
      } else {
        parties.addAll(catalog.withAncestors(id.get()));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    List<String> resolved = List.copyOf(parties);
    return new Result(resolved.equals(e.parties()) ? e : e.withParties(resolved), List.of());
  }

  /**
   * Whether every commitment it names, and its criterion, are in the catalog: the common case,
   * checked without allocating.
   */
  private static boolean known(Catalog catalog, Evidence e) {
    for (String c : e.commitments()) {
      if (catalog.commitment(c).isEmpty()) {
        return false;
      }
    }
    return e.criterion() == null
        || catalog
            .commitment(e.commitments().get(0))
            .orElseThrow()
            .criterion(e.criterion())
            .isPresent();
  }

  private static boolean figureFits(Catalog catalog, Evidence e) {
    if (e.figure() == null) {
      return true;
    }
    Measure m = catalog.measure(e.figure().measure()).orElse(null);
    return (m == null || m.knowsUnit(e.figure().unit()))
        && (e.figure().party() == null || catalog.party(e.figure().party()).isPresent());
  }

  /**
   * Whether the parties are already resolved: each a party id that belongs to no other party, none
   * twice, so that resolving would return them unchanged. The common case, checked without
   * allocating, so that a million items cost a million lookups and nothing more.
   */
  private static boolean canonical(Catalog catalog, List<String> parties) {
    int n = parties.size();
    for (int i = 0; i < n; i++) {
      String ref = parties.get(i);
      if (catalog.party(ref).isEmpty() || catalog.withAncestors(ref).size() > 1) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (parties.get(j).equals(ref)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every item resolved, or one exception listing every problem. */
  public static List<Evidence> checkAll(Catalog catalog, List<Evidence> items) {
    List<Evidence> out = new ArrayList<>(items.size());
    List<Problem> problems = new ArrayList<>();
    for (Evidence e : items) {
      Result r = check(catalog, e);
      problems.addAll(r.problems());
      if (r.evidence() != null) {
        out.add(r.evidence());
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(problems.get(0).code(), problems);
    }
    return out;
  }

  /**
   * An item checked against the catalog.
   *
   * @param evidence the resolved item, or {@code null} if there are problems
   * @param problems what is wrong with it
   */
  public record Result(Evidence evidence, List<Problem> problems) {}
}
