/** Rules for Secrets Manager secrets: customer managed keys and rotation. */
package dev.groundwork.policy.rules.secretsmanager;
