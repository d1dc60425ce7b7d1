package org.pledgewatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.Assessment;
import org.pledgewatch.facts.Finding;
import org.pledgewatch.facts.SetAside;
import org.pledgewatch.internal.Assessor;
import org.pledgewatch.internal.WorkingMemory.Derived;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The floor: the trilateral pack's shared rules (corroboration, criteria as data, set-asides)
 * written by hand as hash joins, then the same status rules as the engine. It gives the same
 * assessments as the engine on a data-driven catalog, and shows what the rule engine costs.
 */
public final class Floor {
  static final String BY_KIND = "shared: a criterion's evidence kinds, corroborated";
  static final String CONTRARY = "shared: contrary evidence on a criterion with evidence kinds";

  private Floor() {}

  public static List<Assessment> evaluate(Catalog catalog, List<Evidence> evidence, LocalDate asOf) {
    Map<String, Evidence> visible = new HashMap<>();
    Map<String, List<Evidence>> ownVisible = new HashMap<>();
    Map<String, List<Evidence>> ownUnpublished = new HashMap<>();
    Map<String, List<Evidence>> byTopic = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.publishedBy(asOf)) {
        visible.put(e.id(), e);
        ownVisible.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
        if (e.stance() == Stance.SUPPORTS) {
          byTopic.computeIfAbsent(e.commitment() + "\0" + e.kind(), k -> new ArrayList<>()).add(e);
        }
      } else {
        ownUnpublished.computeIfAbsent(e.commitment(), k -> new ArrayList<>()).add(e);
      }
    }
    // Corroborated(commitment, kind): an official or intergovernmental source, or two origins.
    Map<String, List<Map.Entry<String, List<Evidence>>>> corroborated = new HashMap<>();
    for (Map.Entry<String, List<Evidence>> topic : byTopic.entrySet()) {
      List<Evidence> items = topic.getValue();
      List<Evidence> official = items.stream()
          .filter(e -> e.source().type() == SourceType.OFFICIAL || e.source().type() == SourceType.INTERGOVERNMENTAL).toList();
      Set<String> origins = new HashSet<>();
      items.forEach(e -> origins.add(e.origin()));
      List<Map.Entry<String, List<Evidence>>> bases = new ArrayList<>();
      if (!official.isEmpty()) {
        bases.add(Map.entry("an official or intergovernmental source", official));
      }
      if (origins.size() >= 2) {
        bases.add(Map.entry(origins.size() + " independent sources", items));
      }
      if (!bases.isEmpty()) {
        corroborated.put(topic.getKey(), bases);
      }
    }
    Map<String, Assessment> out = new LinkedHashMap<>();
    for (Commitment c : catalog.commitmentsById()) {
      List<Derived<Finding>> findings = new ArrayList<>();
      for (Criterion cr : c.criteria()) {
        if (cr.evidenceKinds().isEmpty()) {
          continue;
        }
        for (String kind : cr.evidenceKinds()) {
          for (Map.Entry<String, List<Evidence>> basis : corroborated.getOrDefault(c.id() + "\0" + kind, List.of())) {
            findings.add(new Derived<>(Finding.satisfied(c.id(), cr.id(), basis.getValue()).because("corroborated by " + basis.getKey()), BY_KIND));
          }
        }
      }
      List<Derived<SetAside>> setAsides = new ArrayList<>();
      for (Evidence e : ownVisible.getOrDefault(c.id(), List.of())) {
        if (e.stance() == Stance.CONTRADICTS && e.criterion() != null && c.criterion(e.criterion()).map(x -> !x.evidenceKinds().isEmpty()).orElse(false)) {
          findings.add(new Derived<>(Finding.contradicted(c.id(), e.criterion(), e), CONTRARY));
        }
        if (e.kind().equals("commitment-announced")) {
          setAsides.add(new Derived<>(SetAside.of(e, "reports the pledge being made; announcing a pledge is not fulfilling it"), "shared: announcing a pledge is not fulfilling it"));
        } else if (e.kind().equals("figure-reported")) {
          setAsides.add(new Derived<>(SetAside.of(e, "a reported figure describes the situation; it is not an action by the parties"), "shared: a figure describes, it does not act"));
        }
        if (e.stance() == Stance.SUPPORTS && !e.kind().equals("commitment-announced") && !e.kind().equals("figure-reported")
            && !corroborated.containsKey(e.commitment() + "\0" + e.kind())) {
          setAsides.add(new Derived<>(SetAside.of(e, "one uncorroborated report: needs an official or intergovernmental source, or a second independent source"),
              "shared: a single uncorroborated report is set aside"));
        }
      }
      out.put(c.id(), Assessor.assess(c, asOf, visible, ownVisible.getOrDefault(c.id(), List.of()), ownUnpublished.getOrDefault(c.id(), List.of()),
          findings, setAsides, 0, 0));
    }
    return List.copyOf(out.values());
  }
}
