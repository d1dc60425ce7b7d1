package org.pledgewatch.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pledgewatch.Assessment;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Report;
import org.pledgewatch.Scorecard;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.springframework.stereotype.Service;

/**
 * Compliance for every pack served, each on its bundled evidence plus what was posted for its
 * agreements. An agreement or commitment is served by the pack whose catalog holds it.
 */
@Service
public class ComplianceService {
  /** Twenty years of months: each point of a timeline is one full evaluation. */
  static final int MAX_TIMELINE_POINTS = 240;

  private final List<Pack> packs;
  private final EvidenceStore store;
  private final Clock clock;
  private final ObjectMapper json;

  public ComplianceService(List<Pack> packs, EvidenceStore store, Clock clock, ObjectMapper json) {
    this.packs = List.copyOf(packs);
    this.store = store;
    this.clock = clock;
    this.json = json;
    Map<String, String> seen = new HashMap<>();
    for (Pack p : this.packs) {
      for (Agreement a : p.catalog().agreements()) {
        String other = seen.put(a.id(), p.name());
        if (other != null) {
          throw new IllegalStateException(
              "agreement '" + a.id() + "' is in two packs: " + other + " and " + p.name());
        }
      }
    }
  }

  /**
   * Validates an evidence document (the shape of an evidence file) against the agreement's catalog
   * and the evidence already held, then stores it; nothing is stored if anything is wrong.
   *
   * @return the ids of the items stored
   */
  public synchronized List<String> post(String agreementId, byte[] body) {
    Pack target = pack(agreementId);
    EvidenceSet incoming =
        JsonLoader.evidence("request body", new ByteArrayInputStream(body), target.catalog());
    if (incoming.evidence().isEmpty()) {
      throw PledgewatchException.of(
          ErrorCode.INVALID_EVIDENCE,
          Location.json("request body", 0, -1, "$.evidence"),
          "expected at least one evidence item, but the array is empty");
    }
    for (Evidence e : incoming.evidence()) {
      store
          .agreementOf(e.id())
          .filter(held -> !held.equals(agreementId))
          .ifPresent(
              held -> {
                throw PledgewatchException.of(
                    ErrorCode.INVALID_EVIDENCE,
                    Location.evidence(e.id()),
                    "evidence ids must be unique, but '"
                        + e.id()
                        + "' is already held for agreement '"
                        + held
                        + "'");
              });
    }
    // Duplicate ids, or a source redefined differently, fail here. The target's evidence holds
    // every posted source (they are shared), so only the other packs' bundled sources remain.
    evidence(target).plus(incoming);
    EvidenceSet sourcesOnly = new EvidenceSet(incoming.sources(), List.of());
    for (Pack p : packs) {
      if (p != target) {
        p.bundled().plus(sourcesOnly);
      }
    }
    try {
      // Numbers as the library validated them: decimals, not doubles (which would turn 176205.00
      // into 176205.0 and round a twentieth digit away), trailing zeros kept.
      store.save(
          agreementId,
          json.reader()
              .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
              .readTree(body));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the body parsed once already", e);
    }
    return incoming.evidence().stream().map(Evidence::id).toList();
  }

  /**
   * Retracts an item posted for the agreement; its source stays (other items may cite it). Items
   * the pack ships with are not the service's to retract.
   */
  public synchronized void retract(String agreementId, String evidenceId) {
    Pack pack = pack(agreementId);
    if (store.delete(agreementId, evidenceId)) {
      return;
    }
    boolean bundled = pack.bundled().evidence().stream().anyMatch(e -> e.id().equals(evidenceId));
    throw new ProblemHandler.Refused(
        org.springframework.http.HttpStatus.NOT_FOUND,
        "not_found",
        "evidence " + evidenceId,
        bundled
            ? "'"
                + evidenceId
                + "' ships with the pack "
                + pack.name()
                + ": only posted evidence can be retracted"
            : "no evidence '" + evidenceId + "' was posted for agreement '" + agreementId + "'");
  }

  private EvidenceSet evidence(Pack pack) {
    List<String> agreements = pack.catalog().agreements().stream().map(Agreement::id).toList();
    return pack.bundled().plus(store.load(pack.catalog(), agreements));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Every agreement served, in the order of the packs. */
  public List<AgreementSummary> agreements() {
    List<AgreementSummary> out = new ArrayList<>();
    for (Pack p : packs) {
      for (Agreement a : p.catalog().agreements()) {
        long n =
            p.catalog().commitments().stream().filter(c -> c.agreement().equals(a.id())).count();
        out.add(new AgreementSummary(a.id(), a.title(), a.date(), a.place(), p.name(), (int) n));
      }
    }
    return out;
  }

  /**
   * An agreement served.
   *
   * @param id the agreement's id
   * @param title its title
   * @param date the day it was made
   * @param place where
   * @param pack the pack that serves it
   * @param commitments how many commitments it has
   */
  public record AgreementSummary(
      String id, String title, LocalDate date, String place, String pack, int commitments) {}

  private Pack pack(String agreementId) {
    return packs.stream()
        .filter(p -> p.catalog().agreement(agreementId).isPresent())
        .findFirst()
        .orElseThrow(
            () ->
                PledgewatchException.of(
                    ErrorCode.UNKNOWN_AGREEMENT,
                    Location.of("agreement", agreementId),
                    "no agreement '"
                        + agreementId
                        + "' in the catalog; known: "
                        + agreements().stream().map(AgreementSummary::id).toList()));
  }

  /** The report for one agreement's commitments. */
  public Report report(String agreementId, LocalDate asOf) {
    Pack pack = pack(agreementId);
    Report all = pack.engine().evaluate(pack.catalog(), evidence(pack), asOf);
    return onlyAgreement(all, pack.catalog(), agreementId);
  }

  private static Report onlyAgreement(Report all, Catalog catalog, String agreementId) {
    List<Assessment> mine =
        all.assessments().stream()
            .filter(a -> agreementOf(catalog, a.commitment()).equals(agreementId))
            .toList();
    return new Report(
        all.engineVersion(),
        all.asOf(),
        all.generatedAt(),
        all.rulesFingerprint(),
        all.catalogFingerprint(),
        all.evidenceFingerprint(),
        all.evidenceConsidered(),
        all.evidenceNotYetPublished(),
        all.latestEvidencePublished(),
        mine,
        all.figureConflicts(),
        all.figureRevisions(),
        all.unrouted());
  }

  private static String agreementOf(Catalog catalog, String commitment) {
    return catalog.commitment(commitment).map(Commitment::agreement).orElse("");
  }

  public Assessment assessment(String commitmentId, LocalDate asOf) {
    Pack pack =
        packs.stream()
            .filter(p -> p.catalog().commitment(commitmentId).isPresent())
            .findFirst()
            .orElseThrow(
                () ->
                    PledgewatchException.of(
                        ErrorCode.UNKNOWN_COMMITMENT,
                        Location.commitment(commitmentId),
                        "no commitment '" + commitmentId + "' in the catalog"));
    return pack.engine()
        .evaluate(pack.catalog(), evidence(pack), asOf)
        .assessment(commitmentId)
        .orElseThrow();
  }

  /**
   * An agreement's scorecard as the G7 Research Group tables it: each commitment's score per party,
   * each party's average and the G7 percentage ({@link Scorecard}).
   */
  public ScorecardView scorecard(String agreementId, LocalDate asOf) {
    Report report = report(agreementId, asOf);
    Scorecard card = Scorecard.of(report);
    List<ScorecardView.Row> rows = new ArrayList<>();
    for (Scorecard.Row r : card.rows()) {
      Map<String, ScorecardView.Cell> cells = new LinkedHashMap<>();
      r.byParty()
          .forEach(
              (party, c) ->
                  cells.put(
                      party, new ScorecardView.Cell(c.status().jsonName(), c.score(), c.items())));
      rows.add(
          new ScorecardView.Row(
              r.commitment(), r.title(), r.status().jsonName(), r.score(), cells));
    }
    Map<String, Double> averages = new LinkedHashMap<>();
    for (String party : card.parties()) {
      averages.put(party, value(card.average(party)));
    }
    return new ScorecardView(
        agreementId,
        report.asOf(),
        card.parties(),
        rows,
        averages,
        value(card.average()),
        value(report.g7Percentage()));
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /**
   * A scorecard in JSON: scores are +1, 0, -1, or null where not scored (insufficient evidence).
   *
   * @param agreement the agreement's id
   * @param asOf the date evaluated
   * @param parties every party, sorted
   * @param rows one per commitment
   * @param averages each party's mean score, or null if none is scored
   * @param average the mean of the commitments' scores
   * @param percentage the G7 percentage, {@code (average + 1) * 50}
   */
  public record ScorecardView(
      String agreement,
      LocalDate asOf,
      List<String> parties,
      List<Row> rows,
      Map<String, Double> averages,
      Double average,
      Double percentage) {
    /**
     * One commitment.
     *
     * @param commitment its id
     * @param title its title
     * @param status its overall status
     * @param score the mean of its parties' scores
     * @param byParty each party's cell
     */
    public record Row(
        String commitment, String title, String status, Double score, Map<String, Cell> byParty) {}

    /**
     * One party on one commitment.
     *
     * @param status the party's status
     * @param score its score
     * @param items the evidence items that decided it
     */
    public record Cell(String status, Integer score, List<String> items) {}
  }

  /**
   * Each commitment's status at the end of every month from the agreement's month to the as-of
   * date's (the last point is the as-of date itself).
   */
  public Timeline timeline(String agreementId, LocalDate asOf) {
    Pack pack = pack(agreementId);
    Agreement agreement = pack.catalog().agreement(agreementId).orElseThrow();
    long months =
        java.time.temporal.ChronoUnit.MONTHS.between(
                YearMonth.from(agreement.date()), YearMonth.from(asOf))
            + 1;
    if (months > MAX_TIMELINE_POINTS) {
      // Each point is a full evaluation: an as-of date centuries away must not tie up the service.
      throw new ProblemHandler.Refused(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "invalid_parameter",
          "asOf",
          "a timeline has at most "
              + MAX_TIMELINE_POINTS
              + " monthly points; from "
              + agreement.date()
              + " to "
              + asOf
              + " would be "
              + months
              + ": choose an earlier asOf");
    }
    List<LocalDate> points = new ArrayList<>();
    for (YearMonth m = YearMonth.from(agreement.date());
        !m.isAfter(YearMonth.from(asOf));
        m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      points.add(end.isAfter(asOf) ? asOf : end);
    }
    EvidenceSet evidence = evidence(pack);
    Map<String, Timeline.Row> rows = new LinkedHashMap<>();
    for (LocalDate point : points) {
      for (Assessment a : pack.engine().evaluate(pack.catalog(), evidence, point).assessments()) {
        if (agreementOf(pack.catalog(), a.commitment()).equals(agreementId)) {
          rows.computeIfAbsent(
                  a.commitment(), k -> new Timeline.Row(k, a.title(), new ArrayList<>()))
              .statuses()
              .add(a.status().jsonName());
        }
      }
    }
    return new Timeline(agreementId, points, List.copyOf(rows.values()));
  }

  /**
   * Statuses over time.
   *
   * @param agreement the agreement's id
   * @param dates the dates evaluated, one per month
   * @param commitments one row per commitment, a status per date
   */
  public record Timeline(String agreement, List<LocalDate> dates, List<Row> commitments) {
    /**
     * One commitment's statuses.
     *
     * @param commitment its id
     * @param title its title
     * @param statuses one per date
     */
    public record Row(String commitment, String title, List<String> statuses) {}
  }
}
