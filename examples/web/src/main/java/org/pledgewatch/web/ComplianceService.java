package org.pledgewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.Assessment;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Report;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.springframework.stereotype.Service;

/**
 * Compliance for the bundled pack, on the bundled evidence plus everything posted to the service.
 */
@Service
public class ComplianceService {
  private final ComplianceEngine engine;
  private final Catalog catalog;
  private final EvidenceSet bundled;
  private final EvidenceStore store;
  private final Clock clock;
  private final ObjectMapper json;

  public ComplianceService(
      ComplianceEngine engine,
      Catalog catalog,
      EvidenceSet bundledEvidence,
      EvidenceStore store,
      Clock clock,
      ObjectMapper json) {
    this.engine = engine;
    this.catalog = catalog;
    this.bundled = bundledEvidence;
    this.store = store;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Validates an evidence document (the shape of an evidence file) against the catalog and the
   * evidence already held, then stores it; nothing is stored if anything is wrong.
   *
   * @return the ids of the items stored
   */
  public synchronized List<String> post(byte[] body) {
    EvidenceSet incoming =
        JsonLoader.evidence("request body", new ByteArrayInputStream(body), catalog);
    if (incoming.evidence().isEmpty()) {
      throw PledgewatchException.of(
          ErrorCode.INVALID_EVIDENCE,
          Location.json("request body", 0, -1, "$.evidence"),
          "expected at least one evidence item, but the array is empty");
    }
    evidence().plus(incoming); // duplicate ids, or a source redefined differently, fail here
    try {
      store.save(json.readTree(body));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the body parsed once already", e);
    }
    return incoming.evidence().stream().map(Evidence::id).toList();
  }

  public EvidenceSet evidence() {
    return bundled.plus(store.load(catalog));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Agreement agreement(String id) {
    return catalog
        .agreement(id)
        .orElseThrow(
            () ->
                PledgewatchException.of(
                    ErrorCode.UNKNOWN_AGREEMENT,
                    Location.of("agreement", id),
                    "no agreement '"
                        + id
                        + "' in the catalog; known: "
                        + catalog.agreements().stream().map(Agreement::id).toList()));
  }

  /** The report for one agreement's commitments. */
  public Report report(String agreementId, LocalDate asOf) {
    agreement(agreementId);
    Report all = engine.evaluate(catalog, evidence(), asOf);
    List<Assessment> mine =
        all.assessments().stream()
            .filter(
                a ->
                    catalog
                        .commitment(a.commitment())
                        .map(Commitment::agreement)
                        .orElse("")
                        .equals(agreementId))
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

  public Assessment assessment(String commitmentId, LocalDate asOf) {
    if (catalog.commitment(commitmentId).isEmpty()) {
      throw PledgewatchException.of(
          ErrorCode.UNKNOWN_COMMITMENT,
          Location.commitment(commitmentId),
          "no commitment '" + commitmentId + "' in the catalog");
    }
    return engine.evaluate(catalog, evidence(), asOf).assessment(commitmentId).orElseThrow();
  }

  /**
   * Each commitment's status at the end of every month from the agreement's month to the as-of
   * date's (the last point is the as-of date itself).
   */
  public Timeline timeline(String agreementId, LocalDate asOf) {
    Agreement agreement = agreement(agreementId);
    List<LocalDate> points = new ArrayList<>();
    for (YearMonth m = YearMonth.from(agreement.date());
        !m.isAfter(YearMonth.from(asOf));
        m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      points.add(end.isAfter(asOf) ? asOf : end);
    }
    EvidenceSet evidence = evidence();
    Map<String, Timeline.Row> rows = new LinkedHashMap<>();
    for (LocalDate point : points) {
      for (Assessment a : engine.evaluate(catalog, evidence, point).assessments()) {
        if (catalog
            .commitment(a.commitment())
            .map(Commitment::agreement)
            .orElse("")
            .equals(agreementId)) {
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
