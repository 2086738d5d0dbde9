/** Control Tower rules for Amazon EKS clusters (CT.EKS.PR.*). */
package dev.groundwork.policy.rules.controltower.eks;
