package org.pledgewatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of one evaluation: a verdict per commitment, the conflicts the evidence contains, and
 * what is needed to reproduce it. Same engine, rules, catalog, evidence, as-of date and clock give
 * an equal report, and the same bytes once written.
 *
 * @param engineVersion the library version that produced it
 * @param asOf the date evaluated as of
 * @param generatedAt the engine clock's time
 * @param rulesFingerprint SHA-256 of the rule sources
 * @param catalogFingerprint SHA-256 of the catalog
 * @param evidenceFingerprint SHA-256 of the evidence set
 * @param evidenceConsidered how many items were published by the as-of date
 * @param evidenceNotYetPublished how many items were published after it, and so ignored
 * @param latestEvidencePublished the latest publication date among the items considered, or {@code
 *     null} if none: a report as of today on evidence that ends years ago says so
 * @param assessments one per commitment, by commitment id
 * @param figureConflicts conflicting figures among the evidence published by the as-of date
 * @param figureRevisions figures their own origin revised, the standing value last
 * @param unrouted the ids of published items that bear on no commitment (named by none, routed to
 *     none): considered for nothing, listed so that nothing is dropped silently
 */
public record Report(
    String engineVersion,
    LocalDate asOf,
    Instant generatedAt,
    String rulesFingerprint,
    String catalogFingerprint,
    String evidenceFingerprint,
    int evidenceConsidered,
    int evidenceNotYetPublished,
    LocalDate latestEvidencePublished,
    List<Assessment> assessments,
    List<FigureConflict> figureConflicts,
    List<FigureRevision> figureRevisions,
    List<String> unrouted) {

  public Report {
    assessments = List.copyOf(assessments);
    figureConflicts = List.copyOf(figureConflicts);
    figureRevisions = figureRevisions == null ? List.of() : List.copyOf(figureRevisions);
    unrouted = unrouted == null ? List.of() : List.copyOf(unrouted);
  }

  /** The assessment of one commitment. */
  public Optional<Assessment> assessment(String commitmentId) {
    return assessments.stream().filter(a -> a.commitment().equals(commitmentId)).findFirst();
  }

  /** The status of one commitment; throws {@code unknown_commitment} if the report has none. */
  public Status status(String commitmentId) {
    return assessment(commitmentId)
        .orElseThrow(
            () ->
                PledgewatchException.of(
                    ErrorCode.UNKNOWN_COMMITMENT,
                    Location.commitment(commitmentId),
                    "the report has no commitment '" + commitmentId + "'"))
        .status();
  }

  /**
   * How much older than the as-of date the newest evidence may be before reports warn that it is
   * stale.
   */
  public static final int STALE_AFTER_DAYS = 90;

  /**
   * A plain warning when the evidence may be out of date: none of it was published by the as-of
   * date, or the newest item was published more than {@link #STALE_AFTER_DAYS} days before it.
   * Verdicts on such evidence say nothing of what happened since; every report format prints this.
   */
  public Optional<String> staleEvidenceWarning() {
    if (latestEvidencePublished == null) {
      return Optional.of("no evidence was published by " + asOf + ", so no verdict rests on any");
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(latestEvidencePublished, asOf);
    if (days <= STALE_AFTER_DAYS) {
      return Optional.empty();
    }
    return Optional.of(
        "the newest evidence was published on "
            + latestEvidencePublished
            + ", "
            + days
            + " days before "
            + asOf
            + ": what happened since is not in these verdicts");
  }

  /**
   * The G7 Research Group average as a percentage, {@code (mean + 1) * 50}: the mean over the
   * scored commitments of each commitment's score, itself the mean of its parties' scores ({@link
   * Assessment#g7Score()}). Empty when no commitment is scored.
   */
  public java.util.OptionalDouble g7Percentage() {
    return assessments.stream()
        .map(Assessment::g7Score)
        .filter(java.util.OptionalDouble::isPresent)
        .mapToDouble(java.util.OptionalDouble::getAsDouble)
        .average()
        .stream()
        .map(mean -> (mean + 1) * 50)
        .findFirst();
  }
}
