/** Control Tower rules for Amazon ECR repositories (CT.ECR.PR.*). */
package dev.groundwork.policy.rules.controltower.ecr;
