/** Rules for CloudWatch alarms: every alarm notifies someone. */
package dev.groundwork.policy.rules.cloudwatch;
