package org.pledgewatch.facts;

import java.util.Objects;
import org.pledgewatch.model.Evidence;

/**
 * A rule's statement that an evidence item was considered for a commitment and not counted, and
 * why ("a single press report is not enough", "announced before the meeting, not a record of it").
 * Items no rule used are listed as set aside anyway; this fact gives the reason.
 *
 * @param evidence the item's id
 * @param commitment the commitment it was considered for
 * @param reason why it does not count
 */
public record SetAside(String evidence, String commitment, String reason) {
  public SetAside {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(reason, "reason");
  }

  /** The item is set aside, for its own commitment, for this reason. */
  public static SetAside of(Evidence e, String reason) {
    return new SetAside(e.id(), e.commitment(), reason);
  }
}
