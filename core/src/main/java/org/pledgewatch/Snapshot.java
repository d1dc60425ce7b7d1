package org.pledgewatch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.internal.Assessor;
import org.pledgewatch.internal.WorkingMemory;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;

/**
 * Evidence split by visibility and commitment, and the assessment of commitments from a working
 * memory. Items are looked up by id in one map: the snapshot's own, or a monitor's, which it then
 * reads but never changes (one map of a million ids, not two).
 */
final class Snapshot {
  /** Every item by id, published by the as-of date or not. */
  final Map<String, Evidence> byId;

  private final boolean ownsMap;
  private final LocalDate asOf;
  private int visibleCount;
  private int unpublishedCount;

  /**
   * Each commitment's items, visible and not yet published, in one entry: an update reads one cold
   * entry, not two.
   */
  private final Map<String, Own> own = new HashMap<>();

  /** One commitment's items: those published by the as-of date, and those published after it. */
  private static final class Own {
    final List<Evidence> visible = new java.util.ArrayList<>();
    final List<Evidence> unpublished = new java.util.ArrayList<>();
  }

  /** A snapshot with its own map of items. */
  Snapshot(LocalDate asOf) {
    this(new HashMap<>(), true, asOf);
  }

  /**
   * A snapshot over a map its owner keeps: {@link #add} and {@link #remove} leave the map to the
   * owner.
   */
  static Snapshot over(Map<String, Evidence> byId, LocalDate asOf) {
    return new Snapshot(byId, false, asOf);
  }

  private Snapshot(Map<String, Evidence> byId, boolean ownsMap, LocalDate asOf) {
    this.byId = byId;
    this.ownsMap = ownsMap;
    this.asOf = asOf;
  }

  void add(Evidence e) {
    if (ownsMap) {
      byId.put(e.id(), e);
    }
    boolean visible = e.publishedBy(asOf);
    if (visible) {
      visibleCount++;
    } else {
      unpublishedCount++;
    }
    for (String c : e.commitments()) {
      Own mine = own.computeIfAbsent(c, k -> new Own());
      (visible ? mine.visible : mine.unpublished).add(e);
    }
  }

  /** The items published by the as-of date. */
  java.util.stream.Stream<Evidence> visible() {
    return byId.values().stream().filter(e -> e.publishedBy(asOf));
  }

  int visibleCount() {
    return visibleCount;
  }

  void remove(Evidence e) {
    if (ownsMap) {
      byId.remove(e.id());
    }
    if (e.publishedBy(asOf)) {
      visibleCount--;
    } else {
      unpublishedCount--;
    }
    for (String c : e.commitments()) {
      Own mine = own.get(c);
      if (mine != null) {
        mine.visible.removeIf(x -> x.id().equals(e.id()));
        mine.unpublished.removeIf(x -> x.id().equals(e.id()));
      }
    }
  }

  /** The visible items that bear on no commitment: named by none, and routed to none by rules. */
  List<String> unrouted(WorkingMemory memory) {
    return visible()
        .filter(e -> e.commitments().isEmpty() && !memory.routed(e))
        .map(Evidence::id)
        .sorted()
        .toList();
  }

  int unpublishedCount() {
    return unpublishedCount;
  }

  /**
   * Assesses the given commitments. Every commitment a rule derived a finding for is among them
   * (the working memory marks it changed), so a finding for a commitment the catalog does not have
   * is caught here.
   */
  Map<String, Assessment> assess(
      Catalog catalog, Collection<String> commitmentIds, WorkingMemory memory) {
    Map<String, Assessment> out = new HashMap<>();
    for (String id : commitmentIds) {
      Commitment c = catalog.commitment(id).orElse(null);
      if (c == null) {
        if (memory.hasFindings(id)) {
          throw PledgewatchException.of(
              ErrorCode.RULE_RUNTIME_ERROR,
              Location.rule(memory.anyFindingRule(id)),
              "derived a finding for commitment '" + id + "', which the catalog does not have");
        }
        continue;
      }
      Own mine = own.get(id);
      WorkingMemory.Standing st = memory.standing(id);
      Assessor.Assessed a =
          Assessor.assess(
              c,
              asOf,
              byId,
              mine == null ? List.of() : mine.visible,
              mine == null ? List.of() : mine.unpublished,
              st,
              memory.retractions(),
              memory.agreementDate(id));
      out.put(
          id,
          new Assessment(
              c.id(),
              c.title(),
              a.verdict(),
              c.deadline().due(),
              asOf,
              Explanation.deferred(a.explanation())));
    }
    return out;
  }
}
