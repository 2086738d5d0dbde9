/** Control Tower rules for IAM policies, roles, users and groups (CT.IAM.PR.*). */
package dev.groundwork.policy.rules.controltower.iam;
