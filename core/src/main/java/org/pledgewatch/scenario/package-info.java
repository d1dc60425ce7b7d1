/**
 * Scenarios: tests of rules as data files (given evidence, as of a date, an expected status and
 * explanation), a runner that needs no test framework, and a JUnit 5 adapter in {@link
 * org.pledgewatch.scenario.junit}.
 */
package org.pledgewatch.scenario;
