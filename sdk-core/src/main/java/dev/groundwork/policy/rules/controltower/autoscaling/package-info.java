/**
 * Control Tower rules for Amazon EC2 Auto Scaling groups and launch configurations
 * (CT.AUTOSCALING.PR.*).
 */
package dev.groundwork.policy.rules.controltower.autoscaling;
