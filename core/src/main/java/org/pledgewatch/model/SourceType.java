package org.pledgewatch.model;

import java.util.Locale;

/** Who published a source. Rules weigh an official record differently from a press report. */
public enum SourceType {
  /** A government's own publication: a joint statement, a ministry's press release. */
  OFFICIAL,
  /** An intergovernmental body: the UN, IOM, UNHCR, the OAS. */
  INTERGOVERNMENTAL,
  /** A news outlet or wire service. */
  PRESS,
  /** A non-governmental organisation or research group. */
  NGO,
  /** A party reporting on its own compliance. */
  SELF_REPORT;

  private final String jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The name used in JSON files: lower case, hyphenated ({@code self-report}). */
  public String jsonName() {
    return jsonName;
  }
}
