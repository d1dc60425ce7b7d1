package org.pledgewatch.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One claim, from one source: a meeting held, a statement made, a figure reported, funding
 * announced. One item may bear on several commitments ("Mexico and Guatemala agreed to exchange
 * information against smuggling networks" bears on law enforcement and on protecting the borders),
 * or on none that its author names, for routing rules to decide (see {@link
 * org.pledgewatch.facts.Route}).
 *
 * <p>This is the fact that rules match on, for example {@code Evidence(commitments contains
 * "tmm24-working-group", kind == "body-established")}. Packs with many pledges match the {@link
 * org.pledgewatch.facts.EvidenceGroup} facts the engine keeps per commitment instead, which are
 * indexed by commitment.
 *
 * <p>Build one with {@link #builder(String)}:
 *
 * <pre>{@code
 * Evidence e = Evidence.builder("e-17").commitments("tmm24-lad-ministerial").kind("meeting-held")
 *     .parties("GT").occurredOn(LocalDate.of(2024, 5, 7)).source(source).quote("...").build();
 * }</pre>
 *
 * @param id stable id within an evidence set
 * @param commitments the ids of the commitments it bears on, in id order, each once; may be empty
 * @param criterion the criterion its author thinks it bears on, or {@code null}; a hint for rules,
 *     only for an item that bears on one commitment
 * @param kind what happened, a lower-case hyphenated word ({@code meeting-held}, {@code
 *     figure-reported}); a catalog may declare the kinds it knows
 * @param stance whether it supports or contradicts the commitment being kept
 * @param parties the parties involved, as canonical ids, including the governments they belong to
 * @param occurredOn when the event happened
 * @param publishedOn when it became known; as of an earlier date the item does not exist yet
 * @param source where it comes from
 * @param quote the source's words that carry the claim
 * @param figure a reported number, or {@code null}
 * @param tags free labels that rules may match on ({@code scope:bilateral})
 * @param note the curator's note on why the item bears on its commitments, or {@code null}
 * @param origin the source at the root of {@code source}'s derivedFrom chain: items with the same
 *     origin are not independent confirmations of each other
 */
public record Evidence(
    String id,
    List<String> commitments,
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
    String note,
    String origin) {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

  public Evidence {
    Checks.id(id, "evidence id");
    String where = "evidence '" + id + "': ";
    commitments = Checks.list(commitments, where + "commitments");
    for (String c : commitments) {
      Checks.id(c, where + "commitment");
    }
    if (!sortedAndDistinct(commitments)) {
      commitments = List.copyOf(new TreeSet<>(commitments));
    }
    if (criterion != null) {
      Checks.id(criterion, where + "criterion");
      if (commitments.size() != 1) {
        throw new IllegalArgumentException(
            where
                + "criterion names a criterion of one commitment, but the item bears on "
                + commitments.size()
                + " ("
                + String.join(", ", commitments)
                + "); give the criterion only for an item about one commitment");
      }
    }
    Objects.requireNonNull(kind, where + "kind must not be null");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          where
              + "kind must be a lower-case hyphenated word such as 'meeting-held', but was '"
              + kind
              + "'");
    }
    Objects.requireNonNull(stance, where + "stance must not be null");
    parties = Checks.list(parties, where + "parties");
    Objects.requireNonNull(occurredOn, where + "occurredOn must not be null");
    Objects.requireNonNull(source, where + "source must not be null");
    if (publishedOn == null) {
      publishedOn = source.publishedOn();
    }
    if (occurredOn.isAfter(publishedOn)) {
      throw new IllegalArgumentException(
          where
              + "occurredOn must not be after publishedOn, but was "
              + occurredOn
              + " > "
              + publishedOn);
    }
    Checks.text(quote, where + "quote");
    tags = Checks.list(tags, where + "tags");
    if (note != null) {
      Checks.text(note, where + "note");
    }
    if (origin == null) {
      origin = source.derivedFrom() == null ? source.id() : source.derivedFrom();
    }
  }

  private static boolean sortedAndDistinct(List<String> ids) {
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A builder for an item with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this item's fields, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.commitments.addAll(commitments);
    b.criterion = criterion;
    b.kind = kind;
    b.stance = stance;
    b.parties.addAll(parties);
    b.occurredOn = occurredOn;
    b.publishedOn = publishedOn;
    b.source = source;
    b.quote = quote;
    b.figure = figure;
    b.tags.addAll(tags);
    b.note = note;
    b.origin = origin;
    return b;
  }

  /** Whether the item's author says it bears on this commitment (routing rules may add others). */
  public boolean bearsOn(String commitmentId) {
    return commitments.contains(commitmentId);
  }

  /** Whether this item names the party, directly or through a member of it. */
  public boolean involves(String party) {
    return parties.contains(party);
  }

  /** Whether this item carries the tag. */
  public boolean tagged(String tag) {
    return tags.contains(tag);
  }

  /** Whether this item is known as of the given date. */
  public boolean publishedBy(LocalDate asOf) {
    return !publishedOn.isAfter(asOf);
  }

  /** This item with its origin replaced; used when a derivedFrom chain is resolved. */
  public Evidence withOrigin(String newOrigin) {
    return new Evidence(
        id,
        commitments,
        criterion,
        kind,
        stance,
        parties,
        occurredOn,
        publishedOn,
        source,
        quote,
        figure,
        tags,
        note,
        newOrigin);
  }

  /** This item with its parties replaced; used when aliases are resolved. */
  public Evidence withParties(List<String> newParties) {
    return new Evidence(
        id,
        commitments,
        criterion,
        kind,
        stance,
        newParties,
        occurredOn,
        publishedOn,
        source,
        quote,
        figure,
        tags,
        note,
        origin);
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

  /**
   * Builds an {@link Evidence} item; {@link #build()} checks it as the record's constructor does.
   * Stance defaults to supports, the publication date to the source's, the origin to the root of
   * the source's derivedFrom chain. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final List<String> commitments = new ArrayList<>();
    private String criterion;
    private String kind;
    private Stance stance = Stance.SUPPORTS;
    private final List<String> parties = new ArrayList<>();
    private LocalDate occurredOn;
    private LocalDate publishedOn;
    private Source source;
    private String quote;
    private Figure figure;
    private final List<String> tags = new ArrayList<>();
    private String note;
    private String origin;

    private Builder(String id) {
      this.id = id;
    }

    /** The commitments the item bears on (replacing any given before). */
    public Builder commitments(String... ids) {
      commitments.clear();
      commitments.addAll(List.of(ids));
      return this;
    }

    public Builder criterion(String criterionId) {
      this.criterion = criterionId;
      return this;
    }

    public Builder kind(String kind) {
      this.kind = kind;
      return this;
    }

    public Builder stance(Stance stance) {
      this.stance = stance;
      return this;
    }

    /** The parties involved (replacing any given before). */
    public Builder parties(String... ids) {
      return parties(List.of(ids));
    }

    /** Replaces the parties involved. */
    public Builder parties(List<String> ids) {
      parties.clear();
      parties.addAll(ids);
      return this;
    }

    public Builder occurredOn(LocalDate date) {
      this.occurredOn = date;
      return this;
    }

    public Builder publishedOn(LocalDate date) {
      this.publishedOn = date;
      return this;
    }

    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    public Builder quote(String quote) {
      this.quote = quote;
      return this;
    }

    public Builder figure(Figure figure) {
      this.figure = figure;
      return this;
    }

    /** The tags (replacing any given before). */
    public Builder tags(String... tags) {
      this.tags.clear();
      this.tags.addAll(List.of(tags));
      return this;
    }

    public Builder note(String note) {
      this.note = note;
      return this;
    }

    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    /**
     * The item.
     *
     * @throws IllegalArgumentException or {@link NullPointerException} naming the field, as the
     *     record's constructor does
     */
    public Evidence build() {
      return new Evidence(
          id,
          commitments,
          criterion,
          kind,
          stance,
          parties,
          occurredOn,
          publishedOn,
          source,
          quote,
          figure,
          tags,
          note,
          origin);
    }
  }
}
