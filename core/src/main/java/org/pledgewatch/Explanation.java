package org.pledgewatch;

import java.util.List;

/**
 * Why a commitment has its status: each criterion with the rules and evidence that decided it,
 * the evidence considered and set aside, and every item cited.
 *
 * @param summary one line: the reason for the status
 * @param criteria every criterion, in catalog order
 * @param setAside items bearing on the commitment that were not counted, and why
 * @param evidence every item the criteria or the set-aside list name, by id
 */
public record Explanation(String summary, List<CriterionResult> criteria, List<SetAsideItem> setAside, List<EvidenceRef> evidence) {
  public Explanation {
    criteria = List.copyOf(criteria);
    setAside = List.copyOf(setAside);
    evidence = List.copyOf(evidence);
  }

  /** The whole explanation as plain lines, for logs, terminals and scenario checks. */
  public String asText() {
    StringBuilder out = new StringBuilder(summary).append('\n');
    for (CriterionResult c : criteria) {
      out.append("- ").append(c.criterion()).append(": ")
          .append(c.satisfied() ? "satisfied" : "not satisfied")
          .append(c.contradicted() ? ", contradicted" : "")
          .append(" (").append(c.description()).append(")\n");
      for (RuleDecision d : c.decisions()) {
        out.append("    ").append(d.stance()).append(" by rule '").append(d.rule()).append("'")
            .append(d.party() == null ? "" : " for " + d.party())
            .append(" on ").append(String.join(", ", d.evidence()))
            .append(d.note() == null ? "" : ": " + d.note()).append('\n');
      }
      if (c.wouldSatisfy() != null) {
        out.append("    would be satisfied by: ").append(c.wouldSatisfy()).append('\n');
      }
    }
    for (SetAsideItem s : setAside) {
      out.append("- set aside ").append(s.evidence()).append(": ").append(s.reason()).append('\n');
    }
    return out.toString();
  }
}
