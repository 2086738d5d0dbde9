/**
 * Control Tower rules for CloudWatch alarms and CloudWatch Logs log groups (CT.CLOUDWATCH.PR.*).
 */
package dev.groundwork.policy.rules.controltower.cloudwatch;
