package org.pledgewatch.facts;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pledgewatch.internal.IdList;
import org.pledgewatch.internal.ItemList;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.Stance;

/**
 * What a criterion rule concludes: that evidence satisfies, or contradicts, one criterion of one
 * commitment, for all its parties or for one. Insert it with {@code insertLogical} so that
 * retracting the evidence retracts the conclusion:
 *
 * <pre>{@code
 * rule "tmm24-working-group: established, official source"
 *     @pledge("tmm24-working-group") @criterion("established")
 * when
 *     $e : Evidence(commitments contains "tmm24-working-group", kind == "body-established",
 *                   stance == Stance.SUPPORTS, source.type == SourceType.OFFICIAL)
 * then
 *     insertLogical(Finding.satisfied("tmm24-working-group", "established", $e));
 * end
 * }</pre>
 *
 * <p>The engine records which rule derived each finding and turns findings, the commitment's
 * combination of criteria and its deadline into a status; a rule author writes nothing else.
 *
 * @param commitment the commitment's id
 * @param criterion the criterion's id within it
 * @param stance {@link Stance#SUPPORTS} for satisfied, {@link Stance#CONTRADICTS} for contradicted
 * @param party the one party this finding is about, or {@code null} for all responsible parties
 * @param evidence the ids of the evidence items it rests on, at least one
 * @param note a short reason shown in the explanation, or {@code null}
 */
public record Finding(
    String commitment,
    String criterion,
    Stance stance,
    String party,
    List<String> evidence,
    String note) {

  public Finding {
    Objects.requireNonNull(commitment, "finding commitment must not be null");
    Objects.requireNonNull(criterion, "finding criterion must not be null");
    Objects.requireNonNull(stance, "finding stance must not be null");
    // Kept with the ids' hashes: the engine hashes a finding whenever it is inserted or retracted.
    evidence = evidence instanceof IdList ? evidence : IdList.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "finding for "
              + commitment
              + "/"
              + criterion
              + " must rest on at least one evidence item, but had none");
    }
  }

  /** The criterion is satisfied by these items, for every responsible party. */
  public static Finding satisfied(String commitment, String criterion, Evidence... evidence) {
    return of(commitment, criterion, Stance.SUPPORTS, Arrays.asList(evidence));
  }

  /** The criterion is satisfied by these items (for example an accumulated list). */
  public static Finding satisfied(String commitment, String criterion, Collection<?> evidence) {
    return of(commitment, criterion, Stance.SUPPORTS, evidence);
  }

  /** The criterion is contradicted by these items: contrary action, or a denial. */
  public static Finding contradicted(String commitment, String criterion, Evidence... evidence) {
    return of(commitment, criterion, Stance.CONTRADICTS, Arrays.asList(evidence));
  }

  /** The criterion is contradicted by these items (for example an accumulated list). */
  public static Finding contradicted(String commitment, String criterion, Collection<?> evidence) {
    return of(commitment, criterion, Stance.CONTRADICTS, evidence);
  }

  /** This finding, limited to one party of a joint pledge. */
  public Finding forParty(String partyId) {
    return new Finding(
        commitment, criterion, stance, Objects.requireNonNull(partyId, "party"), evidence, note);
  }

  /** This finding with a reason to show in the explanation. */
  public Finding because(String reason) {
    return new Finding(commitment, criterion, stance, party, evidence, reason);
  }

  private static Finding of(
      String commitment, String criterion, Stance stance, Collection<?> items) {
    if (items instanceof ItemList group && group.ordered) {
      // A group's items (the usual case): their ids are in order, distinct and kept with their
      // hashes.
      return new Finding(commitment, criterion, stance, null, IdList.of(group), null);
    }
    Evidence[] given = new Evidence[items.size()];
    int n = 0;
    for (Object o : items) {
      if (!(o instanceof Evidence e)) {
        throw new IllegalArgumentException(
            "a finding rests on Evidence facts, but was given "
                + (o == null ? "null" : o.getClass().getName()));
      }
      given[n++] = e;
    }
    return new Finding(commitment, criterion, stance, null, IdList.ofItems(given), null);
  }
}
