/** Control Tower rules for AWS Certificate Manager certificates (CT.ACM.PR.*). */
package dev.groundwork.policy.rules.controltower.acm;
