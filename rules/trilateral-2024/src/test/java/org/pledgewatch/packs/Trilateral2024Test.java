package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Report;
import org.pledgewatch.Status;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;

/**
 * The expectations the pack was written to meet, on the bundled evidence drawn from the five
 * articles.
 */
class Trilateral2024Test {
  static ComplianceEngine engine;
  static Catalog catalog;
  static EvidenceSet evidence;

  @BeforeAll
  static void build() {
    engine =
        Trilateral2024.engineBuilder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    catalog = Trilateral2024.catalog();
    evidence = Trilateral2024.evidence();
  }

  @Test
  void theDayAfterTheMeetingTheJointStatementIsMetAndNothingIsNotMet() {
    Report report = engine.evaluate(catalog, evidence, LocalDate.of(2024, 2, 29));
    assertThat(report.status("tmm24-joint-statement")).isEqualTo(Status.MET);
    Assessment statement = report.assessment("tmm24-joint-statement").orElseThrow();
    assertThat(statement.late()).isFalse();
    assertThat(statement.metOn()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(report.assessments()).extracting(Assessment::status).doesNotContain(Status.NOT_MET);
    assertThat(report.assessments()).hasSize(13);
  }

  @Test
  void theRewriteOfSeed002DoesNotCountAsASecondSource() {
    // On the five articles alone: seed-001 and seed-002 are two origins; seed-000 rewrites seed-002
    // and counts with it.
    EvidenceSet seeds =
        new EvidenceSet(
            evidence.sources().stream().filter(s -> s.id().startsWith("seed-")).toList(),
            evidence.evidence().stream().filter(e -> e.source().id().startsWith("seed-")).toList());
    Assessment statement =
        engine
            .evaluate(catalog, seeds, LocalDate.of(2024, 2, 29))
            .assessment("tmm24-joint-statement")
            .orElseThrow();
    assertThat(statement.explanation().evidence())
        .filteredOn(e -> e.id().equals("e-000-joint-statement"))
        .singleElement()
        .satisfies(e -> assertThat(e.origin()).isEqualTo("seed-002"));
    assertThat(statement.explanation().criteria().get(0).decisions())
        .singleElement()
        .satisfies(d -> assertThat(d.note()).isEqualTo("corroborated by 2 independent sources"));
    // As of the 28th only seed-002 (its rewrite is published the 29th) and seed-004's preview
    // exist: one origin.
    assertThat(
            engine
                .evaluate(catalog, seeds, LocalDate.of(2024, 2, 28))
                .status("tmm24-joint-statement"))
        .isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    // The joint statement itself, released by the three governments that day, is an official
    // source.
    assertThat(
            engine
                .evaluate(catalog, evidence, LocalDate.of(2024, 2, 28))
                .status("tmm24-joint-statement"))
        .isEqualTo(Status.MET);
  }

  @Test
  void guatemalasLosAngelesDeclarationMinisterialWasScheduledButNotYetHeldWhenAprilEnded() {
    Report may = engine.evaluate(catalog, evidence, LocalDate.of(2024, 5, 1));
    assertThat(may.status("tmm24-lad-ministerial")).isEqualTo(Status.PARTIALLY_MET);
    assertThat(may.assessment("tmm24-lad-ministerial").orElseThrow().explanation().summary())
        .isEqualTo(
            "partially met: 0 of 1 required criteria satisfied, 1 of 1 for partial credit; due 2024-04-30 has passed");
  }

  @Test
  void theMinisterialHeldInGuatemalaCityOnSevenMayIsMetAndFlaggedLate() {
    Assessment a =
        engine
            .evaluate(catalog, evidence, LocalDate.of(2024, 6, 1))
            .assessment("tmm24-lad-ministerial")
            .orElseThrow();
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.late()).isTrue();
    assertThat(a.metOn()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(a.explanation().evidence())
        .extracting(r -> r.id())
        .contains("fu-lad-oas", "fu-lad-blinken-remarks");
  }

  @Test
  void everyFollowUpItemHasAnAddressAPublisherBothDatesAndAQuote() {
    List<Evidence> followUp =
        evidence.evidence().stream().filter(e -> !e.source().id().startsWith("seed-")).toList();
    assertThat(followUp).hasSizeGreaterThanOrEqualTo(80);
    assertThat(followUp)
        .allSatisfy(
            e -> {
              assertThat(e.source().url()).as(e.id()).matches("https?://.+");
              assertThat(e.source().publisher()).as(e.id()).isNotBlank();
              assertThat(e.occurredOn()).as(e.id()).isNotNull();
              assertThat(e.publishedOn()).as(e.id()).isNotNull();
              assertThat(e.quote()).as(e.id()).isNotBlank();
            });
    // Every pledge has follow-up evidence.
    assertThat(catalog.commitments())
        .allSatisfy(c -> assertThat(followUp).as(c.id()).anyMatch(e -> e.bearsOn(c.id())));
  }

  @Test
  void everySourceHasAWebAddressAndTheSeedArticlesShipTheirTextWithEveryQuoteInIt()
      throws IOException {
    assertThat(evidence.sources())
        .allSatisfy(s -> assertThat(s.linkable()).as(s.id() + ": " + s.url()).isTrue());
    List<Source> seeds =
        evidence.sources().stream().filter(s -> s.id().startsWith("seed-")).toList();
    assertThat(seeds).hasSize(5);
    for (Source seed : seeds) {
      Matcher archived = Pattern.compile("seeds/[0-9a-f_]+\\.txt").matcher(seed.note());
      assertThat(archived.find()).as(seed.id() + " names its archived text").isTrue();
      String text;
      try (InputStream in =
          Trilateral2024.class.getResourceAsStream(
              "/pledgewatch/packs/trilateral-2024/" + archived.group())) {
        assertThat(in).as(archived.group()).isNotNull();
        text = squeeze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      // Each seed item quotes its article word for word; "..." marks an elision.
      evidence.evidence().stream()
          .filter(e -> e.source().equals(seed))
          .forEach(
              e -> {
                for (String part : e.quote().split("\\s*\\.\\.\\.\\s*")) {
                  assertThat(text)
                      .as(e.id() + " quotes " + archived.group())
                      .contains(squeeze(part));
                }
              });
    }
  }

  private static String squeeze(String s) {
    // A line break inside the article after an opening quotation mark is layout, not words.
    return s.replaceAll("\\s+", " ").replace("“ ", "“").strip();
  }

  @Test
  void twoSpellingsOfTheMexicanForeignMinisterResolveToOneParty() {
    assertThat(catalog.resolveParty("Alicia Barcenas")).contains("MX-SRE");
    assertThat(catalog.resolveParty("Alicia Bárcena")).contains("MX-SRE");
    Evidence from002 =
        evidence.evidence().stream()
            .filter(e -> e.id().equals("e-002-meeting-held"))
            .findFirst()
            .orElseThrow();
    Evidence from001 =
        evidence.evidence().stream()
            .filter(e -> e.id().equals("e-001-meeting-held"))
            .findFirst()
            .orElseThrow();
    assertThat(from002.parties()).contains("MX-SRE", "MX").doesNotContain("Alicia Barcenas");
    assertThat(from001.parties()).containsExactlyInAnyOrderElementsOf(from002.parties());
  }

  @Test
  void everyCriterionIsReadAsDataByTheSharedRules() {
    assertThat(engine.coverage(catalog)).isEmpty();
    assertThat(catalog.commitments())
        .allSatisfy(
            c ->
                assertThat(c.criteria())
                    .allSatisfy(
                        cr ->
                            assertThat(!cr.evidenceKinds().isEmpty() || cr.measure() != null)
                                .as(c.id() + "/" + cr.id())
                                .isTrue()));
    // Every criterion names declared evidence kinds: the catalog refuses any other.
    assertThat(catalog.kinds()).isNotEmpty();
    assertThat(engine.rules()).filteredOn(r -> r.source().contains("/pledges/")).isEmpty();
  }
}
