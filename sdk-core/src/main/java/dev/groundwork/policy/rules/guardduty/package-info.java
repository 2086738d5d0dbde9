/** Rules for GuardDuty detectors: a declared detector is enabled. */
package dev.groundwork.policy.rules.guardduty;
