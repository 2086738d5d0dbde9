/** Rules for CloudWatch Logs log groups: retention and KMS encryption. */
package dev.groundwork.policy.rules.logs;
