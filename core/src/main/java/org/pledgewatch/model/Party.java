package org.pledgewatch.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A party to an agreement: a government, a ministry, an office holder or an organisation.
 *
 * <p>Sources misspell names ("Barcenas" for "Bárcena"); {@code aliases} lists every spelling a
 * source uses, so that evidence naming any of them resolves to this one party. A ministry or a
 * minister may name the government it belongs to in {@code memberOf}: evidence involving the member
 * also involves the government.
 *
 * @param id stable id, such as {@code MX} or {@code MX-SRE}
 * @param name the name to display
 * @param memberOf the id of the party this one belongs to, or {@code null}
 * @param aliases other names sources use for this party
 */
public record Party(String id, String name, String memberOf, List<String> aliases) {
  public Party {
    Checks.id(id, "party id");
    Checks.text(name, "party '" + id + "': name");
    if (memberOf != null) {
      Checks.id(memberOf, "party '" + id + "': memberOf");
    }
    aliases = Checks.list(aliases, "party '" + id + "': aliases");
  }

  /** A party that belongs to no other and has no aliases. */
  public static Party of(String id, String name) {
    return new Party(id, name, null, List.of());
  }

  /**
   * The form in which names are compared: accents removed, case folded, spaces collapsed, so that
   * "Alicia Bárcena" and "alicia barcena" are the same key.
   */
  public static String nameKey(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }
}
