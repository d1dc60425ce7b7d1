/**
 * The facts a rule author's DRL derives: {@link org.pledgewatch.facts.Finding} (a criterion
 * satisfied or contradicted) and {@link org.pledgewatch.facts.SetAside} (an item considered and not
 * counted); and the facts the engine provides for rules to read: the {@link
 * org.pledgewatch.facts.AsOf} date and {@link org.pledgewatch.facts.EvidenceGroup}s (the published
 * items of one commitment, kind and stance, with their independent origins counted). Rules match on
 * {@link org.pledgewatch.model.Evidence} and groups, and derive findings with {@code
 * insertLogical}.
 */
package org.pledgewatch.facts;
