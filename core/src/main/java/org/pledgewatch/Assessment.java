package org.pledgewatch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict on one commitment as of a date, with its reasons.
 *
 * @param commitment the commitment's id
 * @param title the commitment's title
 * @param verdict the verdict, overall and per responsible party
 * @param due the deadline's last day, or {@code null}
 * @param asOf the date evaluated as of
 * @param explanation why
 */
@JsonPropertyOrder({
  "commitment",
  "title",
  "status",
  "late",
  "metOn",
  "due",
  "byParty",
  "confidence",
  "asOf",
  "explanation"
})
public record Assessment(
    @JsonProperty("commitment") String commitment,
    @JsonProperty("title") String title,
    @JsonIgnore Verdict verdict,
    @JsonProperty("due") LocalDate due,
    @JsonProperty("asOf") LocalDate asOf,
    @JsonProperty("explanation") Explanation explanation) {
  public Assessment {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(explanation, "explanation");
  }

  @JsonCreator
  static Assessment fromJson(
      @JsonProperty("commitment") String commitment,
      @JsonProperty("title") String title,
      @JsonProperty("status") Status status,
      @JsonProperty("late") boolean late,
      @JsonProperty("metOn") LocalDate metOn,
      @JsonProperty("due") LocalDate due,
      @JsonProperty("byParty") Map<String, Verdict> byParty,
      @JsonProperty("confidence") double confidence,
      @JsonProperty("asOf") LocalDate asOf,
      @JsonProperty("explanation") Explanation explanation) {
    return new Assessment(
        commitment,
        title,
        new Verdict(status, late, metOn, confidence, byParty == null ? Map.of() : byParty),
        due,
        asOf,
        explanation);
  }

  /** The overall status. */
  @JsonProperty("status")
  public Status status() {
    return verdict.status();
  }

  /** Whether it was met after a hard or soft deadline. */
  @JsonProperty("late")
  public boolean late() {
    return verdict.late();
  }

  /** The day the evidence shows it was met, or {@code null}. */
  @JsonProperty("metOn")
  public LocalDate metOn() {
    return verdict.metOn();
  }

  /**
   * Each responsible party's status, by party id (one entry for a single-party pledge); {@link
   * Verdict#byParty()} has the rest of each party's verdict.
   */
  @JsonIgnore
  public Map<String, Status> byParty() {
    return verdict.statusByParty();
  }

  /** Each responsible party's verdict, by party id. */
  @JsonProperty("byParty")
  Map<String, Verdict> parties() {
    return verdict.byParty();
  }

  /**
   * The commitment's G7 Research Group score: the mean of its parties' scores (+1, 0, -1) over the
   * parties that are scored, as the G7 Research Group averages members; for a pledge without
   * parties, its status's score. Empty when nothing is scored (insufficient evidence).
   */
  @JsonIgnore
  public java.util.OptionalDouble g7Score() {
    if (byParty().isEmpty()) {
      return status().g7Score().isPresent()
          ? java.util.OptionalDouble.of(status().g7Score().getAsInt())
          : java.util.OptionalDouble.empty();
    }
    return byParty().values().stream()
        .map(Status::g7Score)
        .filter(java.util.OptionalInt::isPresent)
        .mapToInt(java.util.OptionalInt::getAsInt)
        .average();
  }

  /** From 0 (nothing to go on) to 1; see {@code docs/statuses.md}. */
  @JsonProperty("confidence")
  public double confidence() {
    return verdict.confidence();
  }
}
