/** Rules for CloudTrail trails: log-file validation and KMS encryption. */
package dev.groundwork.policy.rules.cloudtrail;
