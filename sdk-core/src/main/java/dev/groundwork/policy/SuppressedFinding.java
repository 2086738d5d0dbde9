package dev.groundwork.policy;


/**
 * A finding silenced by a suppression; kept in the reports so deviations stay visible.
 *
 * @param finding the finding as it would have been reported
 * @param suppression the suppression that matched, with its reason
 */
public record SuppressedFinding(Finding finding, Suppression suppression) {}
