/** Rules for AWS Lambda functions. */
package dev.groundwork.policy.rules.lambda;
