/**
 * The JUnit 5 adapter for scenario files. Needs {@code junit-jupiter-api} on the class path, which
 * a host's test scope has already.
 */
package org.pledgewatch.scenario.junit;
