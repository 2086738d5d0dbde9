/**
 * Control Tower rules for Amazon DynamoDB tables and DAX clusters (CT.DYNAMODB.PR.*, CT.DAX.PR.*).
 */
package dev.groundwork.policy.rules.controltower.dynamodb;
