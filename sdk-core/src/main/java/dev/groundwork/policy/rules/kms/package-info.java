/** Rules for KMS keys: rotation and key policies without wildcard principals. */
package dev.groundwork.policy.rules.kms;
