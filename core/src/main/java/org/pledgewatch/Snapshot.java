package org.pledgewatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.internal.Assessor;
import org.pledgewatch.internal.WorkingMemory;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;

/** Evidence split by visibility and commitment, and the assessment of commitments from a working memory. */
final class Snapshot {
  final Map<String, Evidence> visible = new HashMap<>();
  final Map<String, List<Evidence>> ownVisible = new HashMap<>();
  final Map<String, List<Evidence>> ownUnpublished = new HashMap<>();

  void add(Evidence e, LocalDate asOf) {
    if (e.publishedBy(asOf)) {
      visible.put(e.id(), e);
      ownVisible.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
    } else {
      ownUnpublished.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
    }
  }

  void remove(Evidence e) {
    visible.remove(e.id());
    List<Evidence> own = ownVisible.get(e.commitment());
    if (own != null) {
      own.removeIf(x -> x.id().equals(e.id()));
    }
    List<Evidence> later = ownUnpublished.get(e.commitment());
    if (later != null) {
      later.removeIf(x -> x.id().equals(e.id()));
    }
  }

  int unpublishedCount() {
    return ownUnpublished.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Assesses the given commitments. Every commitment a rule derived a finding for is among them
   * (the working memory marks it changed), so a finding for a commitment the catalog does not
   * have is caught here.
   */
  Map<String, Assessment> assess(Catalog catalog, Collection<String> commitmentIds, LocalDate asOf, WorkingMemory memory) {
    Map<String, Assessment> out = new HashMap<>();
    for (String id : commitmentIds) {
      Commitment c = catalog.commitment(id).orElse(null);
      if (c == null) {
        if (memory.hasFindings(id)) {
          throw PledgewatchException.of(ErrorCode.RULE_RUNTIME_ERROR, "rule '" + memory.anyFindingRule(id) + "'",
              "derived a finding for commitment '" + id + "', which the catalog does not have");
        }
        continue;
      }
      out.put(id, Assessor.assess(c, asOf, visible,
          ownVisible.getOrDefault(id, List.of()), ownUnpublished.getOrDefault(id, List.of()),
          memory.findings(id), memory.setAsides(id)));
    }
    return out;
  }
}
