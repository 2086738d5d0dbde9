/** Control Tower rules for Amazon GuardDuty detectors (CT.GUARDDUTY.PR.*). */
package dev.groundwork.policy.rules.controltower.guardduty;
