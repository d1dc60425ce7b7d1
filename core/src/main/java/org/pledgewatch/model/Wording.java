package org.pledgewatch.model;

/**
 * A pledge's wording as one source gives it. Sources word the same pledge differently (one says "in
 * April", another gives no date), so every wording is attributed.
 *
 * @param source the id of the source (in the bundled evidence) or a citation
 * @param text the words
 */
public record Wording(String source, String text) {
  public Wording {
    Checks.text(source, "wording source");
    Checks.text(text, "wording text");
  }
}
