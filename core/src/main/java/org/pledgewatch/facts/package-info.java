/**
 * The facts a rule author's DRL derives: {@link org.pledgewatch.facts.Finding} (a criterion
 * satisfied or contradicted) and {@link org.pledgewatch.facts.SetAside} (an item considered and
 * not counted), and the {@link org.pledgewatch.facts.AsOf} date rules may read. Rules match on
 * {@link org.pledgewatch.model.Evidence} and derive these with {@code insertLogical}.
 */
package org.pledgewatch.facts;
