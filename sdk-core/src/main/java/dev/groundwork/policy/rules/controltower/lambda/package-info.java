/**
 * Control Tower rules for AWS Lambda functions, permissions, layers and function URLs
 * (CT.LAMBDA.PR.*).
 */
package dev.groundwork.policy.rules.controltower.lambda;
