/**
 * Control Tower rules for AWS CloudTrail trails and CloudTrail Lake event data stores
 * (CT.CLOUDTRAIL.PR.*).
 */
package dev.groundwork.policy.rules.controltower.cloudtrail;
