package org.pledgewatch.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pledgewatch.report.ReportWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST API; {@code /openapi.json} describes it. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiController {
  private final ComplianceService service;

  public ApiController(ComplianceService service) {
    this.service = service;
  }

  /** Every agreement served, with the pack that serves it. */
  @GetMapping("/agreements")
  public List<ComplianceService.AgreementSummary> agreements() {
    return service.agreements();
  }

  /**
   * Stores evidence for an agreement (an evidence document: sources and items) after checking it
   * against the agreement's catalog and the evidence held; 201 with the ids stored.
   */
  @PostMapping(
      path = "/agreements/{agreement}/evidence",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, List<String>>> postEvidence(
      @PathVariable String agreement, @RequestBody(required = false) byte[] body) {
    // Bytes, not a String: decoding first would silently turn invalid UTF-8 into replacement
    // characters.
    // An empty body goes to the loader too, which says where and what, as for an empty file.
    List<String> ids = service.post(agreement, body == null ? new byte[0] : body);
    return ResponseEntity.created(URI.create("/api/agreements/" + agreement + "/report"))
        .body(Map.of("stored", ids));
  }

  /** Retracts an item posted for the agreement; 200 with its id, 404 if it was not posted. */
  @org.springframework.web.bind.annotation.DeleteMapping("/agreements/{agreement}/evidence/{id}")
  public Map<String, List<String>> retract(
      @PathVariable String agreement, @PathVariable String id) {
    service.retract(agreement, id);
    return Map.of("retracted", List.of(id));
  }

  /**
   * The report for an agreement's commitments as of a date (default today), in the documented
   * report format.
   */
  @GetMapping("/agreements/{agreement}/report")
  public String report(
      @PathVariable String agreement,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return ReportWriter.json(service.report(agreement, asOf == null ? service.today() : asOf));
  }

  /** The agreement's scorecard: each commitment's score per party, averages, G7 percentage. */
  @GetMapping("/agreements/{agreement}/scorecard")
  public ComplianceService.ScorecardView scorecard(
      @PathVariable String agreement,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return service.scorecard(agreement, asOf == null ? service.today() : asOf);
  }

  /** Each commitment's status at the end of every month since the agreement. */
  @GetMapping("/agreements/{agreement}/timeline")
  public ComplianceService.Timeline timeline(
      @PathVariable String agreement,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return service.timeline(agreement, asOf == null ? service.today() : asOf);
  }

  /** One commitment's assessment with its explanation. */
  @GetMapping("/commitments/{commitment}")
  public String commitment(
      @PathVariable String commitment,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return ReportWriter.json(service.assessment(commitment, asOf == null ? service.today() : asOf));
  }
}
