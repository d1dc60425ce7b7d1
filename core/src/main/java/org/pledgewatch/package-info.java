/**
 * Pledgewatch: was this pledge kept, and on what evidence?
 *
 * <p>{@link org.pledgewatch.ComplianceEngine} is the entry point: a builder compiles criterion
 * rules once into an immutable, thread-safe engine that assesses a catalog and evidence as of a
 * date and returns a {@link org.pledgewatch.Report} of {@link org.pledgewatch.Assessment}s, each
 * with a {@link org.pledgewatch.Status} and an {@link org.pledgewatch.Explanation}. Every error is
 * a {@link org.pledgewatch.PledgewatchException} with a stable {@link org.pledgewatch.ErrorCode}
 * and located {@link org.pledgewatch.Problem}s. Drools types do not appear in this API.
 */
package org.pledgewatch;
