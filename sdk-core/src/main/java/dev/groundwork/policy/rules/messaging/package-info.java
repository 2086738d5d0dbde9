/** Rules for SNS topics and SQS queues: encryption at rest and TLS-only access policies. */
package dev.groundwork.policy.rules.messaging;
