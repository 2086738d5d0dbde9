/** Rules for VPCs and EC2: flow logs, security groups, EBS encryption, instance metadata. */
package dev.groundwork.policy.rules.ec2;
