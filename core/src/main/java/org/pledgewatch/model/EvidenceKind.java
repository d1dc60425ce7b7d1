package org.pledgewatch.model;

/**
 * A kind of evidence a catalog declares, with what it means: the vocabulary pack authors and
 * curators share. Evidence of a kind no catalog declares is reported with the nearest declared
 * kind; criteria may name declared kinds only.
 *
 * @param id the kind, a lower-case hyphenated word ({@code meeting-held})
 * @param description what an item of this kind reports
 */
public record EvidenceKind(String id, String description) {
  public EvidenceKind {
    Checks.id(id, "evidence kind");
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "evidence kind must be a lower-case hyphenated word such as 'meeting-held', but was '"
              + id
              + "'");
    }
    Checks.text(description, "evidence kind '" + id + "': description");
  }
}
