package org.pledgewatch;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why a commitment has its status: each criterion with the rules and evidence that decided it, the
 * evidence considered and set aside, and every item cited.
 *
 * <p>An explanation is a value (equal explanations are {@link #equals equal}), but the engine
 * builds it only when it is first read: a monitor reassessing a commitment of hundreds of items on
 * every update reports the changed verdict at once and spends the time on the explanation only for
 * a host that reads it. Reading it is thread-safe; it is built once.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"summary", "criteria", "setAside", "evidence"})
public final class Explanation {
  private Supplier<Explanation> pending;
  private volatile Parts parts;

  private record Parts(
      String summary,
      List<CriterionResult> criteria,
      List<SetAsideItem> setAside,
      List<EvidenceRef> evidence) {}

  /**
   * @param summary one line: the reason for the status
   * @param criteria every criterion, in catalog order
   * @param setAside items bearing on the commitment that were not counted, and why
   * @param evidence every item the criteria or the set-aside list name, by id
   */
  @JsonCreator
  public Explanation(
      @JsonProperty("summary") String summary,
      @JsonProperty("criteria") List<CriterionResult> criteria,
      @JsonProperty("setAside") List<SetAsideItem> setAside,
      @JsonProperty("evidence") List<EvidenceRef> evidence) {
    this.parts =
        new Parts(
            Objects.requireNonNull(summary, "summary"),
            List.copyOf(criteria),
            List.copyOf(setAside),
            List.copyOf(evidence));
  }

  private Explanation(Supplier<Explanation> pending) {
    this.pending = pending;
  }

  /** An explanation built by {@code build} when first read, once. */
  static Explanation deferred(Supplier<Explanation> build) {
    return new Explanation(Objects.requireNonNull(build, "build"));
  }

  private Parts parts() {
    Parts p = parts;
    if (p == null) {
      synchronized (this) {
        p = parts;
        if (p == null) {
          p = pending.get().parts();
          parts = p;
          pending = null;
        }
      }
    }
    return p;
  }

  /** One line: the reason for the status. */
  @JsonProperty("summary")
  public String summary() {
    return parts().summary();
  }

  /** Every criterion, in catalog order. */
  @JsonProperty("criteria")
  public List<CriterionResult> criteria() {
    return parts().criteria();
  }

  /** Items bearing on the commitment that were not counted, and why. */
  @JsonProperty("setAside")
  public List<SetAsideItem> setAside() {
    return parts().setAside();
  }

  /** Every item the criteria or the set-aside list name, by id. */
  @JsonProperty("evidence")
  public List<EvidenceRef> evidence() {
    return parts().evidence();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Explanation other && parts().equals(other.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  @Override
  public String toString() {
    Parts p = parts();
    return "Explanation[summary="
        + p.summary()
        + ", criteria="
        + p.criteria()
        + ", setAside="
        + p.setAside()
        + ", evidence="
        + p.evidence()
        + "]";
  }

  /** The whole explanation as plain lines, for logs, terminals and scenario checks. */
  public String asText() {
    StringBuilder out = new StringBuilder(summary()).append('\n');
    for (CriterionResult c : criteria()) {
      out.append("- ")
          .append(c.criterion())
          .append(": ")
          .append(c.satisfied() ? "satisfied" : "not satisfied")
          .append(c.contradicted() ? ", contradicted" : "")
          .append(" (")
          .append(c.description())
          .append(")\n");
      for (RuleDecision d : c.decisions()) {
        out.append("    ")
            .append(d.stance())
            .append(" by rule '")
            .append(d.rule())
            .append("'")
            .append(d.party() == null ? "" : " for " + d.party())
            .append(" on ")
            .append(String.join(", ", d.evidence()))
            .append(d.note() == null ? "" : ": " + d.note())
            .append('\n');
      }
      if (c.wouldSatisfy() != null) {
        out.append("    would be satisfied by: ").append(c.wouldSatisfy()).append('\n');
      }
    }
    for (SetAsideItem s : setAside()) {
      out.append("- set aside ").append(s.evidence()).append(": ").append(s.reason()).append('\n');
    }
    return out.toString();
  }
}
