/**
 * {@code groundwork check}: the policy engine, packs, suppressions and reports of a synthesis,
 * run over CloudFormation templates of any origin (files, directories, any CDK app's cdk.out).
 * The command-line jar and the Maven goal are thin wrappers over {@link dev.groundwork.check.CheckCommand}.
 */
package dev.groundwork.check;
