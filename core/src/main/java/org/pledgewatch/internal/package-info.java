/**
 * Implementation: Drools sessions, rule compilation, the status rules. Not API: it may change in
 * any release, and nothing here should be used by hosts.
 */
package org.pledgewatch.internal;
