package org.pledgewatch;

import java.util.Locale;

/** The stable codes of {@link PledgewatchException}; hosts may switch over them. */
public enum ErrorCode {
  /** A rule source does not compile. */
  RULE_COMPILE_ERROR,
  /**
   * A rule source from an untrusted author reaches outside the domain model (see {@link
   * RuleValidator}).
   */
  UNTRUSTED_RULE,
  /** A rule source could not be read, or none was given. */
  RULE_SOURCE_ERROR,
  /** A rule threw, or derived a finding the catalog does not know. */
  RULE_RUNTIME_ERROR,
  /** Rules kept firing past the engine's firing limit. */
  FIRING_LIMIT_EXCEEDED,
  /** Rules kept firing past the engine's time limit ({@code Builder.timeLimit}). */
  TIME_LIMIT_EXCEEDED,
  /** A catalog is malformed or inconsistent. */
  INVALID_CATALOG,
  /** An evidence file or item is malformed or inconsistent. */
  INVALID_EVIDENCE,
  /** Evidence or a request names a commitment the catalog does not have. */
  UNKNOWN_COMMITMENT,
  /** A request names an agreement the catalog does not have. */
  UNKNOWN_AGREEMENT,
  /**
   * Evidence has a kind no loaded catalog declares (a warning, or an error when loading strictly).
   */
  UNKNOWN_KIND,
  /** Evidence names a party the catalog does not have. */
  UNKNOWN_PARTY,
  /** A scenario file is malformed. */
  INVALID_SCENARIO,
  /** A file could not be read. */
  IO_ERROR;

  /** The code as written in reports and problem documents: {@code rule_compile_error}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
