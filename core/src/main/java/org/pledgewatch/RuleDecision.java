package org.pledgewatch;

import java.util.List;

/**
 * One finding behind a criterion's result: which rule derived it, from which evidence.
 *
 * @param rule the rule's name
 * @param stance {@code supports} or {@code contradicts}
 * @param party the party it is limited to, or {@code null} for all
 * @param evidence the ids of the items it rests on
 * @param note the rule's reason, or {@code null}
 */
public record RuleDecision(
    String rule, String stance, String party, List<String> evidence, String note) {
  public RuleDecision {
    evidence = List.copyOf(evidence);
  }
}
