package org.pledgewatch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One claim, from one source, that bears on one commitment: a meeting held, a statement made, a
 * figure reported, funding announced. An article that bears on three pledges gives three items,
 * each with its own quote.
 *
 * <p>This is the fact that rules match on, for example
 * {@code Evidence(commitment == "tmm24-working-group", kind == "body-established")}. Matching on
 * {@code commitment ==} lets Drools index the join.
 *
 * @param id stable id within an evidence set
 * @param commitment the id of the commitment it bears on
 * @param criterion the criterion its author thinks it bears on, or {@code null}; a hint for rules
 * @param kind what happened, a lower-case hyphenated word ({@code meeting-held},
 *     {@code statement}, {@code figure-reported}); the vocabulary is open
 * @param stance whether it supports or contradicts the commitment being kept
 * @param parties the parties involved, as canonical ids, including the governments they belong to
 * @param occurredOn when the event happened
 * @param publishedOn when it became known; as of an earlier date the item does not exist yet
 * @param source where it comes from
 * @param quote the source's words that carry the claim
 * @param figure a reported number, or {@code null}
 * @param tags free labels that rules may match on
 * @param origin the source at the root of {@code source}'s derivedFrom chain: items with the same
 *     origin are not independent confirmations of each other
 */
public record Evidence(
    String id,
    String commitment,
    String criterion,
    String kind,
    Stance stance,
    List<String> parties,
    LocalDate occurredOn,
    LocalDate publishedOn,
    Source source,
    String quote,
    Figure figure,
    List<String> tags,
    String origin) {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

  public Evidence {
    Checks.id(id, "evidence id");
    String where = "evidence '" + id + "': ";
    Checks.id(commitment, where + "commitment");
    if (criterion != null) {
      Checks.id(criterion, where + "criterion");
    }
    Objects.requireNonNull(kind, where + "kind must not be null");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(where + "kind must be a lower-case hyphenated word such as 'meeting-held', but was '" + kind + "'");
    }
    Objects.requireNonNull(stance, where + "stance must not be null");
    parties = Checks.list(parties, where + "parties");
    Objects.requireNonNull(occurredOn, where + "occurredOn must not be null");
    Objects.requireNonNull(source, where + "source must not be null");
    if (publishedOn == null) {
      publishedOn = source.publishedOn();
    }
    if (occurredOn.isAfter(publishedOn)) {
      throw new IllegalArgumentException(where + "occurredOn must not be after publishedOn, but was " + occurredOn + " > " + publishedOn);
    }
    Checks.text(quote, where + "quote");
    tags = Checks.list(tags, where + "tags");
    if (origin == null) {
      origin = source.derivedFrom() == null ? source.id() : source.derivedFrom();
    }
  }

  /** Whether this item names the party, directly or through a member of it. */
  public boolean involves(String party) {
    return parties.contains(party);
  }

  /** Whether this item is known as of the given date. */
  public boolean publishedBy(LocalDate asOf) {
    return !publishedOn.isAfter(asOf);
  }

  /** This item with its origin replaced; used when a derivedFrom chain is resolved. */
  public Evidence withOrigin(String newOrigin) {
    return new Evidence(id, commitment, criterion, kind, stance, parties, occurredOn, publishedOn, source, quote, figure, tags, newOrigin);
  }

  /** This item with its parties replaced; used when aliases are resolved. */
  public Evidence withParties(List<String> newParties) {
    return new Evidence(id, commitment, criterion, kind, stance, newParties, occurredOn, publishedOn, source, quote, figure, tags, origin);
  }

  /**
   * Hashes the id alone. Equal items have equal ids, so this agrees with {@link #equals}; and the
   * rules engine hashes items often (a derived fact keyed by a list of items hashes every item in
   * it, on every re-derivation), where hashing every field, source included, showed in profiles.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
