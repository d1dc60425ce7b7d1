package org.pledgewatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A commitment's verdict as of a date, without its reasons: the value hosts compare, store and send
 * downstream. Two verdicts are equal when every field is, parties included; {@link Change}, {@link
 * ReportDiff} and {@link Monitor} report a commitment as changed exactly when its verdict is not
 * equal to the one before. Immutable and serializable (it holds no explanation).
 *
 * @param status the status
 * @param late whether it was met after a hard or soft deadline
 * @param metOn the day the evidence shows it was met, or {@code null} unless the status is met
 * @param confidence from 0 (nothing to go on) to 1, to two decimals; see {@code docs/statuses.md}
 * @param byParty the verdict for each responsible party, by party id in id order; empty in a
 *     party's own verdict (and then left out of JSON)
 */
@JsonPropertyOrder({"status", "late", "metOn", "confidence", "byParty"})
public record Verdict(
    Status status,
    boolean late,
    LocalDate metOn,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Verdict> byParty)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public Verdict {
    Objects.requireNonNull(status, "status");
    if (metOn != null && status != Status.MET) {
      throw new IllegalArgumentException(
          "only a met verdict has a metOn date, but a "
              + status.jsonName()
              + " verdict had "
              + metOn);
    }
    if (late && status != Status.MET) {
      throw new IllegalArgumentException(
          "only a met verdict can be late, but the status was " + status.jsonName());
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence must be between 0 and 1, but was " + confidence);
    }
    byParty = byParty == null ? Map.of() : byParty;
    byParty.forEach(
        (party, v) -> {
          Objects.requireNonNull(party, "party id");
          if (!v.byParty().isEmpty()) {
            throw new IllegalArgumentException(
                "a party's verdict has no parties of its own, but '"
                    + party
                    + "' had "
                    + v.byParty().keySet());
          }
        });
    byParty = byParty.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byParty));
  }

  /**
   * A verdict with no parties of its own: a party's verdict, or that of a commitment nobody is
   * named for.
   */
  public static Verdict of(Status status, boolean late, LocalDate metOn, double confidence) {
    return new Verdict(status, late, metOn, confidence, Map.of());
  }

  /** Each party's status, by party id. */
  public Map<String, Status> statusByParty() {
    Map<String, Status> out = new TreeMap<>();
    byParty.forEach((party, v) -> out.put(party, v.status()));
    return Collections.unmodifiableMap(out);
  }
}
