package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Monitor;
import org.pledgewatch.Report;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;
import org.pledgewatch.report.ReportWriter;

/**
 * Properties of the engine on the trilateral pack, over random evidence: relevant and irrelevant
 * kinds, every source type, rewrite chains, dates across the deadlines. Seeded, so a CI run is
 * reproducible; jqwik prints the seed and the shrunk case of any failure.
 */
class PropertiesTest {
  static final String SEED = "20240228";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final ComplianceEngine ENGINE = Trilateral2024.engineBuilder().clock(CLOCK).build();
  static final Catalog CATALOG = Trilateral2024.catalog();
  static final List<String> KINDS =
      List.of(
          "statement-issued",
          "plan-adopted",
          "programme-launched",
          "pathway-expanded",
          "agreement-signed",
          "information-sharing-launched",
          "prosecution",
          "protocol-adopted",
          "border-operation",
          "body-established",
          "body-met",
          "joint-operation",
          "meeting-scheduled",
          "meeting-held",
          "funding-announced",
          "funding-disbursed",
          "jobs-reported",
          "seizure-reported",
          "commitment-announced");
  static final LocalDate START = LocalDate.of(2024, 2, 28);
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** Random evidence: up to 25 items over 6 sources, some sources rewrites of earlier ones. */
  @Provide
  Arbitrary<EvidenceSet> evidence() {
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Integer> sizes = Arbitraries.integers().between(0, 25);
    return Combinators.combine(seeds, sizes).as(PropertiesTest::generate);
  }

  static EvidenceSet generate(long seed, int size) {
    Random random = new Random(seed);
    List<Source> sources = new ArrayList<>();
    SourceType[] types = SourceType.values();
    for (int s = 0; s < 6; s++) {
      String derived = s > 0 && random.nextInt(4) == 0 ? "src-" + random.nextInt(s) : null;
      LocalDate published = START.plusDays(random.nextInt(500));
      sources.add(
          new Source(
              "src-" + s,
              types[random.nextInt(types.length)],
              "Publisher " + s,
              "Title " + s,
              null,
              published,
              derived));
    }
    List<Commitment> commitments = CATALOG.commitments();
    List<Evidence> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Source source = sources.get(random.nextInt(sources.size()));
      Commitment c = commitments.get(random.nextInt(commitments.size()));
      Stance stance = random.nextInt(8) == 0 ? Stance.CONTRADICTS : Stance.SUPPORTS;
      String criterion =
          stance == Stance.CONTRADICTS
              ? c.criteria().get(random.nextInt(c.criteria().size())).id()
              : null;
      List<String> parties = new ArrayList<>(List.of("US", "MX", "GT"));
      Collections.shuffle(parties, random);
      parties = parties.subList(0, 1 + random.nextInt(3));
      LocalDate occurred = source.publishedOn().minusDays(random.nextInt(5));
      items.add(
          Evidence.builder("e-" + i)
              .commitments(c.id())
              .criterion(criterion)
              .kind(KINDS.get(random.nextInt(KINDS.size())))
              .stance(stance)
              .parties(parties)
              .occurredOn(occurred)
              .source(source)
              .quote("generated item " + i)
              .build());
    }
    return new EvidenceSet(sources, items);
  }

  static String json(Catalog catalog, EvidenceSet evidence) {
    return ReportWriter.json(ENGINE.evaluate(catalog, evidence, AS_OF));
  }

  /** A verdict: status, lateness and every party's status, per commitment. */
  static List<String> verdicts(Report report) {
    return report.assessments().stream()
        .map(a -> a.commitment() + " " + a.status() + " late=" + a.late() + " " + a.byParty())
        .toList();
  }

  @Property(tries = 40, seed = SEED)
  void theSameInputsInAnyOrderGiveByteIdenticalReports(
      @ForAll("evidence") EvidenceSet evidence, @ForAll long shuffle) {
    Random random = new Random(shuffle);
    List<Evidence> items = new ArrayList<>(evidence.evidence());
    List<Source> sources = new ArrayList<>(evidence.sources());
    List<Commitment> commitments = new ArrayList<>(CATALOG.commitments());
    Collections.shuffle(items, random);
    Collections.shuffle(sources, random);
    Collections.shuffle(commitments, random);
    Catalog shuffled =
        new Catalog(
            CATALOG.parties(),
            CATALOG.agreements(),
            commitments,
            CATALOG.kinds(),
            CATALOG.measures());
    assertThat(json(shuffled, new EvidenceSet(sources, items))).isEqualTo(json(CATALOG, evidence));
  }

  @Property(tries = 25, seed = SEED)
  void aMonitorFedInAnyBatchingGivesTheVerdictsOfOneEvaluation(
      @ForAll("evidence") EvidenceSet evidence, @ForAll long split) {
    Random random = new Random(split);
    List<Evidence> items = new ArrayList<>(evidence.evidence());
    Collections.shuffle(items, random);
    try (Monitor monitor = ENGINE.monitor(CATALOG, AS_OF)) {
      int i = 0;
      while (i < items.size()) {
        int n = 1 + random.nextInt(5);
        monitor.add(
            new EvidenceSet(evidence.sources(), items.subList(i, Math.min(items.size(), i + n))));
        i += n;
      }
      List<String> fromMonitor =
          monitor.report().assessments().stream().map(ReportWriter::json).toList();
      List<String> fromEvaluation =
          ENGINE.evaluate(CATALOG, evidence, AS_OF).assessments().stream()
              .map(ReportWriter::json)
              .toList();
      assertThat(fromMonitor).isEqualTo(fromEvaluation);
    }
  }

  @Property(tries = 25, seed = SEED)
  void evidenceNoRuleCountsChangesNoVerdict(@ForAll("evidence") EvidenceSet evidence) {
    List<Evidence> extra = new ArrayList<>(evidence.evidence());
    Source weather =
        new Source(
            "src-weather",
            SourceType.OFFICIAL,
            "Weather service",
            "Forecast",
            null,
            START.plusDays(30),
            null);
    for (Commitment c : CATALOG.commitments()) {
      extra.add(
          Evidence.builder("x-" + c.id())
              .commitments(c.id())
              .kind("weather-report")
              .parties(List.of("US"))
              .occurredOn(START.plusDays(30))
              .source(weather)
              .quote("sunny")
              .build());
    }
    List<Source> sources = new ArrayList<>(evidence.sources());
    sources.add(weather);
    Report with = ENGINE.evaluate(CATALOG, new EvidenceSet(sources, extra), AS_OF);
    assertThat(verdicts(with)).isEqualTo(verdicts(ENGINE.evaluate(CATALOG, evidence, AS_OF)));
  }

  @Property(tries = 25, seed = SEED)
  void retractingAnItemAndAddingItBackRestoresEveryAssessment(
      @ForAll("evidence") EvidenceSet evidence, @ForAll long pick) {
    if (evidence.evidence().isEmpty()) {
      return;
    }
    Evidence item =
        evidence.evidence().get((int) Math.floorMod(pick, (long) evidence.evidence().size()));
    try (Monitor monitor = ENGINE.monitor(CATALOG, AS_OF)) {
      monitor.add(evidence);
      List<Assessment> before = monitor.report().assessments();
      monitor.retract(List.of(item.id()));
      monitor.add(new EvidenceSet(evidence.sources(), List.of(item)));
      assertThat(monitor.report().assessments()).isEqualTo(before);
    }
  }

  @Property(tries = 25, seed = SEED)
  void evidencePublishedAfterTheAsOfDateNeverChangesAVerdict(
      @ForAll("evidence") EvidenceSet evidence, @ForAll("evidence") EvidenceSet later) {
    List<Source> sources = new ArrayList<>(evidence.sources());
    List<Evidence> items = new ArrayList<>(evidence.evidence());
    for (Source s : later.sources()) {
      sources.add(
          new Source(
              "late-" + s.id(),
              s.type(),
              s.publisher(),
              s.title(),
              null,
              AS_OF.plusDays(1 + s.publishedOn().getDayOfYear()),
              s.derivedFrom() == null ? null : "late-" + s.derivedFrom()));
    }
    for (Evidence e : later.evidence()) {
      Source s =
          sources.stream()
              .filter(x -> x.id().equals("late-" + e.source().id()))
              .findFirst()
              .orElseThrow();
      items.add(
          Evidence.builder("late-" + e.id())
              .commitments(e.commitments().get(0))
              .criterion(e.criterion())
              .kind(e.kind())
              .stance(e.stance())
              .parties(e.parties())
              .occurredOn(s.publishedOn())
              .source(s)
              .quote(e.quote())
              .build());
    }
    Report with = ENGINE.evaluate(CATALOG, new EvidenceSet(sources, items), AS_OF);
    Report without = ENGINE.evaluate(CATALOG, evidence, AS_OF);
    assertThat(verdicts(with)).isEqualTo(verdicts(without));
    assertThat(with.evidenceNotYetPublished())
        .isEqualTo(without.evidenceNotYetPublished() + later.evidence().size());
  }
}
