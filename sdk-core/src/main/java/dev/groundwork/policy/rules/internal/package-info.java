/** Non-API helpers shared by built-in rules: reading IAM policy documents and TLS-only policies. */
package dev.groundwork.policy.rules.internal;
