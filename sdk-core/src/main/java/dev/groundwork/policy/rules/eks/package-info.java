/** Rules for EKS clusters and their managed node groups: endpoint exposure, secrets encryption, logging, instance metadata. */
package dev.groundwork.policy.rules.eks;
