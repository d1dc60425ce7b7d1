package org.pledgewatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Combination;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Party;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/** A small catalog, rules and evidence builders shared by the core tests. */
final class Fixture {
  static final LocalDate MEETING = LocalDate.of(2024, 2, 28);
  static final LocalDate DUE = LocalDate.of(2024, 4, 30);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static ComplianceEngine engine;

  private Fixture() {}

  static synchronized ComplianceEngine engine() {
    if (engine == null) {
      engine = ComplianceEngine.builder().addRulesFromClasspath("fixture").clock(CLOCK).build();
    }
    return engine;
  }

  static Catalog catalog() {
    List<Party> parties =
        List.of(
            Party.of("US", "United States"),
            Party.of("MX", "Mexico"),
            Party.of("GT", "Guatemala"),
            new Party("MX-SRE", "Alicia Bárcena", "MX", List.of("Alicia Barcenas")));
    Agreement a =
        new Agreement(
            "a1",
            "Fixture ministerial",
            MEETING,
            "Washington, D.C.",
            List.of("US", "MX", "GT"),
            List.of());
    Commitment statement =
        new Commitment(
            "p-statement",
            "a1",
            "Joint statement",
            List.of(),
            List.of("US", "MX", "GT"),
            "diplomacy",
            Deadline.hard(MEETING),
            List.of(
                new Criterion(
                    "issued", "A joint statement is issued", "an official copy of the statement")),
            Combination.all(),
            List.of());
    Commitment group =
        new Commitment(
            "p-group",
            "a1",
            "Working group",
            List.of(),
            List.of("US", "MX", "GT"),
            "security",
            new Deadline(Deadline.Kind.SOFT, DUE, "in April"),
            List.of(
                new Criterion(
                    "established",
                    "The group is established",
                    "two independent reports of its creation"),
                new Criterion(
                    "met",
                    "The group meets with each party",
                    "a report of a meeting naming the party")),
            Combination.all(),
            List.of());
    return new Catalog(parties, List.of(a), List.of(statement, group));
  }

  static Source source(String id, SourceType type, LocalDate published) {
    return new Source(id, type, "Publisher " + id, "Title " + id, null, published, null);
  }

  static Source rewrite(String id, String of, LocalDate published) {
    return new Source(id, SourceType.PRESS, "Publisher " + id, "Title " + id, null, published, of);
  }

  static Evidence item(
      String id,
      String commitment,
      String kind,
      Stance stance,
      Source source,
      LocalDate occurred,
      String... parties) {
    return Evidence.builder(id)
        .commitments(commitment)
        .kind(kind)
        .stance(stance)
        .parties(List.of(parties))
        .occurredOn(occurred)
        .source(source)
        .quote("quote " + id)
        .build();
  }

  static EvidenceSet set(Evidence... items) {
    List<Source> sources = new ArrayList<>();
    for (Evidence e : items) {
      if (!sources.contains(e.source())) {
        sources.add(e.source());
      }
    }
    return new EvidenceSet(sources, List.of(items));
  }
}
