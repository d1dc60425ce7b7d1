package org.pledgewatch.model;

import java.util.Locale;

/** Whether evidence bears for or against a pledge being kept. */
public enum Stance {
  SUPPORTS,
  CONTRADICTS;

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /** The name used in JSON files and reports: {@code supports}, {@code contradicts}. */
  public String jsonName() {
    return jsonName;
  }
}
