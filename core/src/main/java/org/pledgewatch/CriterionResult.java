package org.pledgewatch;

import java.time.LocalDate;
import java.util.List;

/**
 * One criterion of a commitment, as of the evaluation date.
 *
 * @param criterion the criterion's id
 * @param description what must be true
 * @param satisfied whether it is satisfied for every responsible party
 * @param contradicted whether evidence contradicts it
 * @param satisfiedOn the day the evidence shows it became satisfied, or {@code null}
 * @param decisions the rule findings behind it, supporting first
 * @param wouldSatisfy for a criterion not satisfied, what evidence would satisfy it; else {@code
 *     null}
 */
public record CriterionResult(
    String criterion,
    String description,
    boolean satisfied,
    boolean contradicted,
    LocalDate satisfiedOn,
    List<RuleDecision> decisions,
    String wouldSatisfy) {
  public CriterionResult {
    decisions = List.copyOf(decisions);
  }
}
