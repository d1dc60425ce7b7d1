package org.pledgewatch;

import java.time.LocalDate;
import java.util.List;
import org.pledgewatch.model.Evidence;

/**
 * An evidence item as a report cites it: enough to find and read the source.
 *
 * @param id the item's id
 * @param kind what happened
 * @param stance supports or contradicts
 * @param parties the parties it concerns
 * @param occurredOn when it happened
 * @param publishedOn when it was published
 * @param source the source's id
 * @param publisher who published it
 * @param sourceType the source's type, as its JSON name
 * @param title the source's title
 * @param url the source's address, or {@code null}
 * @param origin the root of the source's derivedFrom chain
 * @param quote the source's words
 * @param note the curator's note on the item (how it was classified and why), or {@code null}
 */
public record EvidenceRef(
    String id,
    String kind,
    String stance,
    List<String> parties,
    LocalDate occurredOn,
    LocalDate publishedOn,
    String source,
    String publisher,
    String sourceType,
    String title,
    String url,
    String origin,
    String quote,
    String note) {

  public EvidenceRef {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }

  /** The citation of an item. */
  public static EvidenceRef of(Evidence e) {
    return new EvidenceRef(
        e.id(),
        e.kind(),
        e.stance().jsonName(),
        e.parties(),
        e.occurredOn(),
        e.publishedOn(),
        e.source().id(),
        e.source().publisher(),
        e.source().type().jsonName(),
        e.source().title(),
        e.source().url(),
        e.origin(),
        e.quote(),
        e.note());
  }
}
