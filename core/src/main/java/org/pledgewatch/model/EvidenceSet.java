package org.pledgewatch.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;

/**
 * Sources and the evidence items drawn from them. The constructor checks ids are unique, every
 * item's source is in the set, and derivedFrom chains resolve without cycles; it sets each item's
 * {@link Evidence#origin()} to the root of its source's chain.
 *
 * @param sources every source
 * @param evidence every item, each pointing to one of {@code sources}
 */
public record EvidenceSet(List<Source> sources, List<Evidence> evidence) {

  public EvidenceSet {
    sources = Checks.list(sources, "sources");
    evidence = Checks.list(evidence, "evidence");
    List<Problem> problems = new ArrayList<>();
    Map<String, Source> byId = new HashMap<>();
    for (Source s : sources) {
      if (byId.put(s.id(), s) != null) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.source(s.id()),
                "source ids must be unique, but '" + s.id() + "' appears twice"));
      }
    }
    Map<String, String> origins = new HashMap<>();
    for (Source s : sources) {
      String origin = originOf(s, byId, problems);
      origins.put(s.id(), origin);
    }
    Set<String> ids = new HashSet<>();
    List<Evidence> resolved = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      Location where = Location.evidence(e.id());
      if (!ids.add(e.id())) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                where,
                "evidence ids must be unique, but '" + e.id() + "' appears twice"));
      }
      Source known = byId.get(e.source().id());
      if (known == null) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                where,
                "source must be one of the set's sources, but '" + e.source().id() + "' is not"));
        resolved.add(e);
      } else if (!known.equals(e.source())) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                where,
                "source '" + e.source().id() + "' differs from the set's source of that id"));
        resolved.add(e);
      } else {
        String origin = origins.getOrDefault(known.id(), known.id());
        resolved.add(origin.equals(e.origin()) ? e : e.withOrigin(origin));
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_EVIDENCE, problems);
    }
    evidence = List.copyOf(resolved);
  }

  private static String originOf(Source s, Map<String, Source> byId, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    Source current = s;
    while (current.derivedFrom() != null) {
      if (!seen.add(current.id())) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.source(s.id()),
                "derivedFrom chain must not loop, but returns to '" + current.id() + "'"));
        return s.id();
      }
      Source next = byId.get(current.derivedFrom());
      if (next == null) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_EVIDENCE,
                Location.source(current.id()),
                "derivedFrom must name a source in the set, but was '"
                    + current.derivedFrom()
                    + "'"));
        return s.id();
      }
      current = next;
    }
    return current.id();
  }

  /** An empty set. */
  public static EvidenceSet empty() {
    return new EvidenceSet(List.of(), List.of());
  }

  /** This set and another together; a source present in both (equal) is kept once. */
  public EvidenceSet plus(EvidenceSet other) {
    Map<String, Source> merged = new LinkedHashMap<>();
    sources.forEach(s -> merged.put(s.id(), s));
    List<Source> all = new ArrayList<>(merged.values());
    for (Source s : other.sources) {
      Source existing = merged.get(s.id());
      if (existing == null) {
        all.add(s);
        merged.put(s.id(), s);
      } else if (!existing.equals(s)) {
        throw PledgewatchException.of(
            ErrorCode.INVALID_EVIDENCE,
            Location.source(s.id()),
            "two evidence sets define source '" + s.id() + "' differently");
      }
    }
    List<Evidence> items = new ArrayList<>(evidence);
    items.addAll(other.evidence);
    return new EvidenceSet(all, items);
  }

  /**
   * The items sorted by id, the order the engine inserts them in: an immutable list (a set of one
   * item is not copied).
   */
  public List<Evidence> evidenceById() {
    return evidence.size() < 2
        ? evidence
        : evidence.stream().sorted(Comparator.comparing(Evidence::id)).toList();
  }
}
