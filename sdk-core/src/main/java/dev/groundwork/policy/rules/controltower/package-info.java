/**
 * The Control Tower pack: Groundwork rules that mirror AWS Control Tower's proactive controls
 * (one sub-package per service, each rule verified against AWS's cfn-guard rule file in the
 * build), and the pack that turns them on. See docs/control-tower.md.
 */
package dev.groundwork.policy.rules.controltower;
