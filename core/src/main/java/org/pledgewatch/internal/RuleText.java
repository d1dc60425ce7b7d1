package org.pledgewatch.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rule source: a name (a file path, a classpath resource or a name the host gave) and its DRL.
 *
 * @param name where it came from, used in error locations
 * @param drl the DRL text
 */
public record RuleText(String name, String drl) {
  public RuleText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(drl, "drl");
  }

  public byte[] bytes() {
    return drl.getBytes(StandardCharsets.UTF_8);
  }
}
