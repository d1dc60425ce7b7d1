package org.pledgewatch.model;

/** Whether evidence bears for or against a pledge being kept. */
public enum Stance {
  SUPPORTS,
  CONTRADICTS
}
