/** Control Tower rules for AWS KMS keys (CT.KMS.PR.*). */
package dev.groundwork.policy.rules.controltower.kms;
