/**
 * Loading catalogs, evidence and scenario files from JSON, with the file, line, column and JSON
 * path of every problem. The JSON Schemas are in the jar under {@code org/pledgewatch/schema/}.
 */
package org.pledgewatch.io;
