package org.pledgewatch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting, statement or declaration at which pledges were made.
 *
 * @param id stable id
 * @param title what it is called
 * @param date the day it was made
 * @param place where
 * @param parties ids of the parties to it
 * @param sources references (titles or addresses) to the sources that report it
 */
public record Agreement(
    String id,
    String title,
    LocalDate date,
    String place,
    List<String> parties,
    List<String> sources) {
  public Agreement {
    Checks.id(id, "agreement id");
    Checks.text(title, "agreement '" + id + "': title");
    Objects.requireNonNull(date, "agreement '" + id + "': date must not be null");
    Checks.text(place, "agreement '" + id + "': place");
    parties = Checks.list(parties, "agreement '" + id + "': parties");
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(
          "agreement '" + id + "': parties must name at least one party, but was empty");
    }
    sources = Checks.list(sources, "agreement '" + id + "': sources");
  }
}
