package org.pledgewatch;

/**
 * A compiled rule, as the engine knows it.
 *
 * @param name the rule's name
 * @param packageName its DRL package
 * @param source the name of the rule source it came from
 * @param pledge the value of its {@code @pledge} metadata, or {@code null}
 * @param criterion the value of its {@code @criterion} metadata, or {@code null}
 * @param criteriaByKind whether it carries {@code @criteriaByKind}: it decides every criterion that
 *     declares {@code evidenceKinds}
 */
public record RuleInfo(
    String name,
    String packageName,
    String source,
    String pledge,
    String criterion,
    boolean criteriaByKind) {}
