/**
 * Control Tower rules for Amazon RDS: instances, clusters, proxies, parameter groups, event
 * subscriptions and DB security groups (CT.RDS.PR.*).
 */
package dev.groundwork.policy.rules.controltower.rds;
