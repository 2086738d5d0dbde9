/** Rules for IAM: no full admin statements, no AdministratorAccess, no inline user policies. */
package dev.groundwork.policy.rules.iam;
