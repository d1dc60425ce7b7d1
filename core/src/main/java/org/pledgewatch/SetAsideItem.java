package org.pledgewatch;

/**
 * Evidence that bears on a commitment and was not counted, with the reason.
 *
 * @param evidence the item's id
 * @param reason why it was not counted
 */
public record SetAsideItem(String evidence, String reason) {}
