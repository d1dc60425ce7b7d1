/** Writing reports as JSON, Markdown, self-contained HTML or terminal text. */
package org.pledgewatch.report;
