/** Control Tower rules for Amazon CloudFront distributions (CT.CLOUDFRONT.PR.*). */
package dev.groundwork.policy.rules.controltower.cloudfront;
