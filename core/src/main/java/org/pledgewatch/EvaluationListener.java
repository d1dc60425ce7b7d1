package org.pledgewatch;

import java.util.List;

/**
 * Hears what an engine does, for metrics, audit logs or tests. Called on the evaluating thread; an
 * exception thrown here propagates to the caller.
 */
public interface EvaluationListener {
  /** A report was produced by {@link ComplianceEngine#evaluate}. */
  default void evaluated(Report report) {}

  /** A monitor's verdicts changed. */
  default void changed(List<Change> changes) {}
}
