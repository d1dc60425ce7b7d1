package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.io.Loaded;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Combination;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceKind;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Figure;
import org.pledgewatch.model.Measure;
import org.pledgewatch.model.MeasureTarget;
import org.pledgewatch.model.Party;
import org.pledgewatch.model.Period;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The evidence and verdict semantics that real evidence needs: one item for several pledges,
 * routing, figures as measures, stable met-on dates, baselines, partial credit and per-party
 * counting, declared kinds, and changes of any part of a verdict.
 */
class SemanticsTest {
  static final LocalDate AGREED = LocalDate.of(2024, 2, 28);
  static final LocalDate DUE = LocalDate.of(2025, 2, 28);

  /** Criteria as data, as a pack's shared rules read them, and one routing rule. */
  static final String RULES =
      """
      package semantics;
      import org.pledgewatch.model.*;
      import org.pledgewatch.facts.*;

      rule "criteria by kind" @criteriaByKind
      when
          Commitment($c : id, $criteria : criteria)
          $cr : org.pledgewatch.model.Criterion(evidenceKinds.size() > 0, $kinds : evidenceKinds, $tags : tags) from $criteria
          $k : String() from $kinds
          $g : EvidenceGroup(commitment == $c, kind == $k, stance == Stance.SUPPORTS)
          $s : EvidenceGroup(corroborated) from $g.tagged($tags)
      then
          insertLogical(Finding.satisfied($c, $cr.id(), $s.corroborating()).because("corroborated by " + $s.corroboration()));
      end

      rule "contrary by kind" @criteriaByKind
      when
          Commitment($c : id, $criteria : criteria)
          $cr : org.pledgewatch.model.Criterion(contraryKinds.size() > 0, $kinds : contraryKinds) from $criteria
          $k : String() from $kinds
          $g : EvidenceGroup(commitment == $c, kind == $k, stance == Stance.CONTRADICTS, corroborated)
      then
          insertLogical(Finding.contradicted($c, $cr.id(), $g.corroborating()));
      end

      rule "by measure" @criteriaByKind
      when
          $t : MeasureTrend(reached)
      then
          insertLogical(Finding.satisfied($t.commitment(), $t.criterion(), $t.figures()).because($t.describe()));
      end

      rule "route: smuggling intelligence bears on law enforcement"
      when
          $e : Evidence(kind == "information-sharing-launched", tags contains "smuggling")
      then
          insertLogical(Route.of($e, "law", "information sharing against smuggling networks"));
      end
      """;

  static final ComplianceEngine ENGINE =
      ComplianceEngine.builder().addRules("semantics.drl", RULES).clock(Fixture.CLOCK).build();

  static Criterion byKind(
      String id,
      List<String> kinds,
      List<String> contrary,
      Criterion.Credit credit,
      int atLeast,
      List<String> tags) {
    return new Criterion(
        id,
        "criterion " + id,
        "evidence of kinds " + kinds,
        kinds,
        contrary,
        credit,
        atLeast,
        null,
        tags);
  }

  static Commitment commitment(String id, List<Criterion> criteria) {
    return new Commitment(
        id,
        "a",
        "Commitment " + id,
        List.of(),
        List.of("US", "MX", "GT"),
        "c",
        new Deadline(Deadline.Kind.COMPLIANCE_PERIOD, DUE, null),
        criteria,
        Combination.all(),
        List.of());
  }

  static Catalog catalog() {
    Commitment law =
        commitment(
            "law",
            List.of(
                byKind(
                    "joint",
                    List.of("joint-operation", "information-sharing-launched"),
                    List.of(),
                    Criterion.Credit.FULL,
                    0,
                    List.of())));
    Commitment border =
        commitment(
            "border",
            List.of(
                byKind(
                    "joint",
                    List.of("joint-operation", "agreement-signed"),
                    List.of(),
                    Criterion.Credit.FULL,
                    0,
                    List.of())));
    Commitment flows =
        commitment(
            "flows",
            List.of(
                byKind(
                    "deliverable",
                    List.of("body-established"),
                    List.of(),
                    Criterion.Credit.FULL,
                    0,
                    List.of()),
                new Criterion(
                    "fewer",
                    "fewer crossings",
                    "crossings down a fifth",
                    List.of(),
                    List.of(),
                    Criterion.Credit.PARTIAL,
                    0,
                    new MeasureTarget(
                        "crossings",
                        "US",
                        MeasureTarget.Direction.DECREASE,
                        null,
                        null,
                        new BigDecimal("0.2"),
                        null),
                    List.of())));
    Commitment paths =
        commitment(
            "paths",
            List.of(
                byKind(
                    "trilateral",
                    List.of("agreement-signed"),
                    List.of("pathway-restricted"),
                    Criterion.Credit.FULL,
                    1,
                    List.of("scope:trilateral")),
                byKind(
                    "steps",
                    List.of("pathway-expanded"),
                    List.of("pathway-restricted"),
                    Criterion.Credit.PARTIAL,
                    1,
                    List.of())));
    List<EvidenceKind> kinds = new ArrayList<>();
    for (String k :
        List.of(
            "joint-operation",
            "information-sharing-launched",
            "agreement-signed",
            "body-established",
            "figure-reported",
            "pathway-expanded",
            "pathway-restricted",
            "commitment-announced")) {
      kinds.add(new EvidenceKind(k, "evidence of " + k));
    }
    Measure crossings =
        new Measure(
            "crossings",
            "Border crossings",
            "crossings",
            Map.of("thousand crossings", new BigDecimal("1000")),
            Period.Kind.MONTH,
            9);
    return new Catalog(
        List.of(
            Party.of("US", "United States"), Party.of("MX", "Mexico"), Party.of("GT", "Guatemala")),
        List.of(
            new Agreement(
                "a", "Ministerial", AGREED, "Washington", List.of("US", "MX", "GT"), List.of())),
        List.of(law, border, flows, paths),
        kinds,
        List.of(crossings));
  }

  static Source source(String id, SourceType type, LocalDate published) {
    return new Source(
        id, type, "Publisher " + id, "Title " + id, "https://example.org/" + id, published, null);
  }

  static final Source OFFICIAL = source("official", SourceType.OFFICIAL, LocalDate.of(2024, 6, 1));

  static Evidence.Builder item(String id) {
    return Evidence.builder(id)
        .parties("US", "MX", "GT")
        .occurredOn(LocalDate.of(2024, 5, 1))
        .source(OFFICIAL)
        .quote("the source's words for " + id);
  }

  static Report evaluate(LocalDate asOf, Evidence... items) {
    List<Source> sources = new ArrayList<>();
    for (Evidence e : items) {
      if (!sources.contains(e.source())) {
        sources.add(e.source());
      }
    }
    return ENGINE.evaluate(catalog(), new EvidenceSet(sources, List.of(items)), asOf);
  }

  @Test
  void anItemThatServesTwoPledgesIsCitedInBothExplanations() {
    Evidence shared = item("e-info").commitments("law", "border").kind("joint-operation").build();
    Report r = evaluate(LocalDate.of(2024, 7, 1), shared);
    for (String c : List.of("law", "border")) {
      Assessment a = r.assessment(c).orElseThrow();
      assertThat(a.status()).as(c).isEqualTo(Status.MET);
      assertThat(a.explanation().criteria().get(0).decisions())
          .as(c)
          .singleElement()
          .satisfies(d -> assertThat(d.evidence()).containsExactly("e-info"));
    }
    assertThat(r.evidenceConsidered()).isEqualTo(1);
  }

  @Test
  void aRoutingRuleDecidesWhichPledgeAnItemBearsOnAndAnItemBearingOnNothingIsListed() {
    Evidence routed =
        item("e-routed").kind("information-sharing-launched").tags("smuggling").build();
    Evidence stray = item("e-stray").kind("information-sharing-launched").build();
    Report r = evaluate(LocalDate.of(2024, 7, 1), routed, stray);
    Assessment law = r.assessment("law").orElseThrow();
    assertThat(law.status()).isEqualTo(Status.MET);
    assertThat(law.explanation().evidence())
        .extracting(EvidenceRef::id)
        .containsExactly("e-routed");
    assertThat(r.unrouted()).containsExactly("e-stray");
    // In a monitor, the route follows the item: retracting it retracts the finding.
    try (Monitor m = ENGINE.monitor(catalog(), LocalDate.of(2024, 7, 1))) {
      m.add(new EvidenceSet(List.of(OFFICIAL), List.of(routed)));
      assertThat(m.assessment("law").status()).isEqualTo(Status.MET);
      assertThat(m.retract(List.of("e-routed")))
          .extracting(Change::commitment)
          .containsExactly("law");
      assertThat(m.assessment("law").status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    }
  }

  static Evidence figure(
      String id,
      Source s,
      String quantity,
      String unit,
      String period,
      String party,
      String... tags) {
    return Evidence.builder(id)
        .commitments("flows")
        .kind("figure-reported")
        .parties("US")
        .occurredOn(s.publishedOn())
        .source(s)
        .quote("figure " + id)
        .figure(new Figure("crossings", new BigDecimal(quantity), unit, period, party))
        .tags(tags)
        .build();
  }

  @Test
  void figuresConflictOnlyForOneMeasurePeriodAndPartyAndARevisionIsListedAsSuch() {
    Source agency =
        new Source(
            "agency-jan",
            SourceType.OFFICIAL,
            "Border agency",
            "January release",
            "https://example.org/jan",
            LocalDate.of(2024, 2, 10),
            null);
    Source agencyLater =
        new Source(
            "agency-feb",
            SourceType.OFFICIAL,
            "Border agency",
            "February release",
            "https://example.org/feb",
            LocalDate.of(2024, 3, 10),
            null);
    Source paper = source("paper", SourceType.PRESS, LocalDate.of(2024, 2, 12));
    Source other = source("other", SourceType.PRESS, LocalDate.of(2024, 2, 13));
    Report r =
        evaluate(
            LocalDate.of(2024, 4, 1),
            figure("f-us", agency, "124220", "crossings", "2024-01", "US"),
            // Another party's figure for the same month and measure: not a conflict.
            figure("f-mx", agency, "9000", "crossings", "2024-01", "MX"),
            // The agency's own later value for the same month: a revision.
            figure("f-us-revised", agencyLater, "124300", "crossings", "2024-01", "US"),
            // The same quantity in another declared unit: not a conflict.
            figure("f-us-thousands", paper, "124.3", "thousand crossings", "2024-01", "US"),
            // An approximate figure: never compared.
            figure("f-us-about", other, "124000", "crossings", "2024-01", "US", "approximate"));
    assertThat(r.figureConflicts()).isEmpty();
    assertThat(r.figureRevisions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.origin()).isEqualTo("Border agency");
              assertThat(v.values())
                  .extracting(FigureConflict.Value::quantity)
                  .containsExactly("124220", "124300");
            });
    // A press figure for the wrong value is a conflict with the agency's standing one.
    Report wrong =
        evaluate(
            LocalDate.of(2024, 4, 1),
            figure("f-us", agency, "124220", "crossings", "2024-01", "US"),
            figure("f-us-wrong", paper, "252315", "crossings", "2024-01", "US"));
    assertThat(wrong.figureConflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.party()).isEqualTo("US");
              assertThat(c.values())
                  .extracting(FigureConflict.Value::evidence)
                  .containsExactly(List.of("f-us"), List.of("f-us-wrong"));
            });
  }

  @Test
  void aMeasureBelowItsBaselineByWhatTheCriterionAsksEarnsItsCredit() {
    Source jan =
        new Source(
            "jan",
            SourceType.OFFICIAL,
            "Border agency",
            "January",
            "https://example.org/j",
            LocalDate.of(2024, 2, 10),
            null);
    Source dec =
        new Source(
            "dec",
            SourceType.OFFICIAL,
            "Border agency",
            "December",
            "https://example.org/d",
            LocalDate.of(2025, 1, 10),
            null);
    Source jun =
        new Source(
            "jun",
            SourceType.OFFICIAL,
            "Border agency",
            "June",
            "https://example.org/u",
            LocalDate.of(2024, 7, 10),
            null);
    Evidence baseline = figure("f-jan", jan, "124220", "crossings", "2024-01", "US");
    Evidence slight = figure("f-jun", jun, "110000", "crossings", "2024-06", "US");
    Evidence steep = figure("f-dec", dec, "47300", "crossings", "2024-12", "US");
    Assessment partial =
        evaluate(LocalDate.of(2024, 8, 1), baseline, slight).assessment("flows").orElseThrow();
    assertThat(partial.status())
        .as("11% down is less than the fifth asked")
        .isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(partial.explanation().setAside())
        .filteredOn(s -> s.evidence().equals("f-jan"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .contains("before the agreement of 2024-02-28: a baseline, never delivery"));
    Assessment down =
        evaluate(LocalDate.of(2025, 3, 1), baseline, slight, steep)
            .assessment("flows")
            .orElseThrow();
    assertThat(down.status()).isEqualTo(Status.PARTIALLY_MET);
    assertThat(down.verdict().byParty().get("US").status()).isEqualTo(Status.PARTIALLY_MET);
    assertThat(down.explanation().criteria().get(1).decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.note())
                  .isEqualTo(
                      "crossings for US: 47300 (2024-12), 61.92% below the baseline 124220 (2024-01)");
              assertThat(d.evidence()).containsExactly("f-dec", "f-jan");
            });
  }

  @Test
  void whatOccurredBeforeTheAgreementIsABaselineWhateverItsKind() {
    Source before = source("before", SourceType.OFFICIAL, LocalDate.of(2024, 2, 1));
    Evidence old =
        item("e-old")
            .commitments("law")
            .kind("joint-operation")
            .occurredOn(LocalDate.of(2024, 1, 20))
            .source(before)
            .build();
    Assessment a = evaluate(LocalDate.of(2025, 3, 1), old).assessment("law").orElseThrow();
    assertThat(a.status()).isEqualTo(Status.NOT_MET);
    assertThat(a.explanation().setAside())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .isEqualTo(
                        "occurred on 2024-01-20, before the agreement of 2024-02-28: a baseline, never delivery"));
  }

  @Test
  void metOnIsTheDayTheEvidenceFirstSatisfiedTheCriterionAndLaterReportsNeverMoveIt() {
    Source a = source("a", SourceType.PRESS, LocalDate.of(2024, 5, 2));
    Source b = source("b", SourceType.PRESS, LocalDate.of(2024, 5, 3));
    Source late = source("late", SourceType.PRESS, LocalDate.of(2024, 9, 2));
    Evidence first =
        item("e-a")
            .commitments("border")
            .kind("joint-operation")
            .occurredOn(LocalDate.of(2024, 5, 1))
            .source(a)
            .build();
    Evidence second =
        item("e-b")
            .commitments("border")
            .kind("joint-operation")
            .occurredOn(LocalDate.of(2024, 5, 2))
            .source(b)
            .build();
    Evidence again =
        item("e-late")
            .commitments("border")
            .kind("joint-operation")
            .occurredOn(LocalDate.of(2024, 9, 1))
            .source(late)
            .build();
    assertThat(
            evaluate(LocalDate.of(2024, 6, 1), first, second)
                .assessment("border")
                .orElseThrow()
                .metOn())
        .isEqualTo(LocalDate.of(2024, 5, 2));
    // One more report of the same kind, months later, corroborates it again: the day it was met
    // stays.
    assertThat(
            evaluate(LocalDate.of(2024, 10, 1), first, second, again)
                .assessment("border")
                .orElseThrow()
                .metOn())
        .isEqualTo(LocalDate.of(2024, 5, 2));
  }

  @Test
  void addingSupportingEvidenceNeverMovesAMetOnDateLater() {
    Random random = new Random(17);
    for (int round = 0; round < 150; round++) {
      List<Evidence> items = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i <= n; i++) {
        items.add(randomSupport("e-" + round + "-" + i, random));
      }
      Evidence extra = items.remove(items.size() - 1);
      LocalDate asOf = LocalDate.of(2025, 6, 1);
      Report before = evaluate(asOf, items.toArray(Evidence[]::new));
      List<Evidence> more = new ArrayList<>(items);
      more.add(extra);
      Report after = evaluate(asOf, more.toArray(Evidence[]::new));
      for (Assessment was : before.assessments()) {
        Assessment now = after.assessment(was.commitment()).orElseThrow();
        String at = "round " + round + ", " + was.commitment() + ", adding " + extra;
        if (was.status() == Status.MET) {
          assertThat(now.status()).as(at).isEqualTo(Status.MET);
          assertThat(now.metOn()).as(at).isBeforeOrEqualTo(was.metOn());
        }
        was.verdict()
            .byParty()
            .forEach(
                (party, v) -> {
                  if (v.status() == Status.MET) {
                    assertThat(now.verdict().byParty().get(party).metOn())
                        .as(at + " for " + party)
                        .isBeforeOrEqualTo(v.metOn());
                  }
                });
      }
    }
  }

  private static Evidence randomSupport(String id, Random random) {
    SourceType[] types = {SourceType.PRESS, SourceType.PRESS, SourceType.NGO, SourceType.OFFICIAL};
    LocalDate occurred = AGREED.plusDays(random.nextInt(300));
    Source s =
        source(
            "s-" + id, types[random.nextInt(types.length)], occurred.plusDays(random.nextInt(20)));
    List<String> parties =
        List.of(List.of("US", "MX", "GT"), List.of("US"), List.of("MX", "GT"))
            .get(random.nextInt(3));
    String[] kinds = {"joint-operation", "agreement-signed", "pathway-expanded"};
    String[] commitments = {"border", "paths", "law"};
    Evidence.Builder b =
        Evidence.builder(id)
            .commitments(commitments[random.nextInt(3)])
            .kind(kinds[random.nextInt(3)])
            .parties(parties)
            .occurredOn(occurred)
            .source(s)
            .quote("report " + id);
    return random.nextBoolean() ? b.tags("scope:trilateral").build() : b.build();
  }

  @Test
  void aStepTowardThePledgeEarnsPartialCreditForThePartyThatTookIt() {
    Evidence step =
        item("e-step").commitments("paths").kind("pathway-expanded").parties(List.of("GT")).build();
    Assessment a = evaluate(LocalDate.of(2025, 3, 1), step).assessment("paths").orElseThrow();
    assertThat(a.verdict().statusByParty())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("GT", Status.PARTIALLY_MET, "US", Status.NOT_MET, "MX", Status.NOT_MET));
    assertThat(a.status()).isEqualTo(Status.PARTIALLY_MET);
    // A bilateral agreement is not the trilateral deliverable its criterion's tags ask for.
    Evidence bilateral =
        item("e-bilateral")
            .commitments("paths")
            .kind("agreement-signed")
            .parties(List.of("US", "GT"))
            .tags("scope:bilateral")
            .build();
    assertThat(evaluate(LocalDate.of(2025, 3, 1), bilateral).status("paths"))
        .isEqualTo(Status.NOT_MET);
    Evidence trilateral =
        item("e-tri")
            .commitments("paths")
            .kind("agreement-signed")
            .tags("scope:trilateral")
            .build();
    Assessment met =
        evaluate(LocalDate.of(2025, 3, 1), trilateral).assessment("paths").orElseThrow();
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.explanation().summary())
        .isEqualTo(
            "met on 2024-05-01: 1 of 1 required criteria satisfied, 0 of 1 for partial credit");
  }

  @Test
  void contraryActionByOnePartyContradictsThatPartysVerdictOnly() {
    Evidence steps = item("e-steps").commitments("paths").kind("pathway-expanded").build();
    Evidence closed =
        item("e-closed")
            .commitments("paths")
            .kind("pathway-restricted")
            .stance(Stance.CONTRADICTS)
            .parties(List.of("US"))
            .build();
    Assessment a =
        evaluate(LocalDate.of(2025, 3, 1), steps, closed).assessment("paths").orElseThrow();
    assertThat(a.verdict().statusByParty())
        .containsEntry("US", Status.CONTESTED)
        .containsEntry("MX", Status.PARTIALLY_MET)
        .containsEntry("GT", Status.PARTIALLY_MET);
  }

  @Test
  void aKindNoCatalogDeclaresIsAWarningWithTheNearestKindAndAnErrorWhenStrict() {
    String json =
        """
        {"sources": [{"id": "s", "type": "official", "publisher": "p", "title": "t", "publishedOn": "2024-06-01"}],
         "evidence": [{"id": "e", "commitment": "law", "kind": "joint-operatoin", "stance": "supports",
                       "occurredOn": "2024-05-01", "source": "s", "quote": "q"}]}
        """;
    Loaded<EvidenceSet> loaded =
        JsonLoader.evidenceLenient(
            "e.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), catalog());
    assertThat(loaded.rejected()).isEmpty();
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo(ErrorCode.UNKNOWN_KIND);
              assertThat(w.location().toString()).isEqualTo("e.json:2:15 $.evidence[0]");
              assertThat(w.message())
                  .isEqualTo(
                      "kind should be one the catalog declares, but 'joint-operatoin' is not (did you mean 'joint-operation'?)");
            });
    assertThat(
            JsonLoader.evidence(
                    "e.json",
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    catalog())
                .evidence())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                JsonLoader.evidenceStrict(
                    "e.json",
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    catalog()))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KIND));
    // A criterion may name only declared kinds.
    Catalog c = catalog();
    assertThatThrownBy(
            () ->
                new Catalog(
                    c.parties(),
                    c.agreements(),
                    List.of(
                        commitment(
                            "x",
                            List.of(
                                byKind(
                                    "k",
                                    List.of("joint-operatoin"),
                                    List.of(),
                                    Criterion.Credit.FULL,
                                    0,
                                    List.of())))),
                    c.kinds(),
                    c.measures()))
        .hasMessageContaining(
            "criterion 'k' must name declared evidence kinds, but 'joint-operatoin' is not one (did you mean 'joint-operation'?)");
  }

  @Test
  void aMonitorReportsAChangeOfConfidenceOrMetOnNotOnlyOfStatus() {
    Source press = source("press", SourceType.PRESS, LocalDate.of(2024, 5, 2));
    Source press2 = source("press2", SourceType.PRESS, LocalDate.of(2024, 5, 3));
    try (Monitor m = ENGINE.monitor(catalog(), LocalDate.of(2024, 7, 1))) {
      m.add(
          new EvidenceSet(
              List.of(press, press2),
              List.of(
                  item("e-1")
                      .commitments("border")
                      .kind("joint-operation")
                      .occurredOn(LocalDate.of(2024, 5, 1))
                      .source(press)
                      .build(),
                  item("e-2")
                      .commitments("border")
                      .kind("joint-operation")
                      .occurredOn(LocalDate.of(2024, 5, 2))
                      .source(press2)
                      .build())));
      assertThat(m.assessment("border").status()).isEqualTo(Status.MET);
      // An official report of the same operation: still met, from an earlier day, with more
      // confidence.
      List<Change> changes =
          m.add(
              new EvidenceSet(
                  List.of(OFFICIAL),
                  List.of(
                      item("e-3")
                          .commitments("border")
                          .kind("joint-operation")
                          .occurredOn(LocalDate.of(2024, 5, 1))
                          .build())));
      assertThat(changes)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.before().status()).isEqualTo(c.after().status());
                assertThat(c.after().metOn()).isEqualTo(LocalDate.of(2024, 5, 1));
                assertThat(c.before().metOn()).isEqualTo(LocalDate.of(2024, 5, 2));
                assertThat(c.after().confidence()).isGreaterThan(c.before().confidence());
              });
    }
  }
}
