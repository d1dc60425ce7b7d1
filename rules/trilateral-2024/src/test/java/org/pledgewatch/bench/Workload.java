package org.pledgewatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * A synthetic, seeded workload built on the trilateral pack's rule patterns: many agreements of
 * three parties, each commitment with two criteria that accept kinds of corroborated evidence (read
 * as data by the pack's shared rules), and evidence drawn the way real evidence is: most of it
 * irrelevant to any criterion, some supporting, some contradicting, some rewritten by another
 * outlet, some published after the as-of date.
 *
 * @param catalog the generated catalog
 * @param evidence the generated evidence
 * @param asOf the date to evaluate as of
 */
public record Workload(Catalog catalog, EvidenceSet evidence, LocalDate asOf) {
  static final List<String> RELEVANT =
      List.of(
          "body-established",
          "meeting-held",
          "funding-announced",
          "funding-disbursed",
          "agreement-signed",
          "prosecution",
          "programme-launched",
          "joint-operation");
  static final List<String> IRRELEVANT =
      List.of("commitment-announced", "statement", "figure-reported", "opinion", "interview");
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /**
   * A workload of {@code commitments} commitments and {@code items} evidence items from this seed.
   */
  public static Workload generate(long seed, int commitments, int items) {
    Random random = new Random(seed);
    List<Party> parties =
        List.of(
            Party.of("US", "United States"), Party.of("MX", "Mexico"), Party.of("GT", "Guatemala"));
    List<String> ids = List.of("US", "MX", "GT");
    List<Agreement> agreements = new ArrayList<>();
    int agreementCount = Math.max(1, commitments / 20);
    for (int a = 0; a < agreementCount; a++) {
      agreements.add(
          new Agreement(
              "gen-a" + a,
              "Generated agreement " + a,
              START.plusDays(random.nextInt(180)),
              "Generated",
              ids,
              List.of()));
    }
    List<Commitment> cs = new ArrayList<>(commitments);
    for (int i = 0; i < commitments; i++) {
      Agreement a = agreements.get(i % agreementCount);
      List<Criterion> criteria = List.of(criterion("c1", random), criterion("c2", random));
      cs.add(
          new Commitment(
              "gen-c" + i,
              a.id(),
              "Generated commitment " + i,
              List.of(),
              ids,
              "generated",
              new Deadline(Deadline.Kind.COMPLIANCE_PERIOD, a.date().plusDays(365), null),
              criteria,
              Combination.all(),
              List.of()));
    }
    Catalog catalog = new Catalog(parties, agreements, cs);

    int sourceCount = Math.max(50, items / 20);
    List<Source> sources = new ArrayList<>(sourceCount);
    for (int s = 0; s < sourceCount; s++) {
      int roll = random.nextInt(100);
      SourceType type =
          roll < 10 ? SourceType.OFFICIAL : roll < 90 ? SourceType.PRESS : SourceType.NGO;
      String derived = s > 0 && random.nextInt(100) < 5 ? "gen-s" + random.nextInt(s) : null;
      sources.add(
          new Source(
              "gen-s" + s,
              type,
              "Outlet " + s,
              "Report " + s,
              null,
              START.plusDays(random.nextInt(600)),
              derived));
    }
    List<Evidence> evidence = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      Source source = sources.get(random.nextInt(sourceCount));
      Commitment c = cs.get(random.nextInt(commitments));
      int roll = random.nextInt(100);
      Stance stance = Stance.SUPPORTS;
      String criterion = null;
      String kind;
      if (roll < 70) {
        kind = IRRELEVANT.get(random.nextInt(IRRELEVANT.size()));
      } else if (roll < 97) {
        Criterion cr = c.criteria().get(random.nextInt(2));
        kind = cr.evidenceKinds().get(random.nextInt(cr.evidenceKinds().size()));
      } else {
        stance = Stance.CONTRADICTS;
        criterion = c.criteria().get(random.nextInt(2)).id();
        kind = "statement";
      }
      List<String> who = ids.subList(0, 1 + random.nextInt(3));
      evidence.add(
          Evidence.builder("gen-e" + i)
              .commitments(c.id())
              .criterion(criterion)
              .kind(kind)
              .stance(stance)
              .parties(who)
              .occurredOn(source.publishedOn().minusDays(random.nextInt(4)))
              .source(source)
              .quote("generated quote " + i)
              .build());
    }
    return new Workload(catalog, new EvidenceSet(sources, evidence), AS_OF);
  }

  private static Criterion criterion(String id, Random random) {
    List<String> kinds = new ArrayList<>();
    kinds.add(RELEVANT.get(random.nextInt(RELEVANT.size())));
    if (random.nextBoolean()) {
      String second = RELEVANT.get(random.nextInt(RELEVANT.size()));
      if (!kinds.contains(second)) {
        kinds.add(second);
      }
    }
    return new Criterion(
        id,
        "Generated criterion " + id,
        "corroborated evidence of kind " + String.join(" or ", kinds),
        kinds);
  }
}
