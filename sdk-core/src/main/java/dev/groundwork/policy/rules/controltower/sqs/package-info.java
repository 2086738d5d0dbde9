/** Control Tower rules for Amazon SQS queues (CT.SQS.PR.*). */
package dev.groundwork.policy.rules.controltower.sqs;
