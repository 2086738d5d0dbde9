/** The policy engine as a CDK policy-validation plugin, so {@code cdk synth} reports the same findings. */
package dev.groundwork.policy.cdk;
