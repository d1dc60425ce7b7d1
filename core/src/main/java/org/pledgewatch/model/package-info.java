/**
 * The domain model: immutable records that validate in their constructors. A {@link
 * org.pledgewatch.model.Catalog} holds parties, agreements and commitments; an {@link
 * org.pledgewatch.model.EvidenceSet} holds sources and the evidence drawn from them. {@link
 * org.pledgewatch.model.Evidence} is also the fact DRL rules match on.
 */
package org.pledgewatch.model;
