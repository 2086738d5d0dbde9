/** Control Tower rules for AWS WAF web ACLs and rule groups (CT.WAFV2.PR.*). */
package dev.groundwork.policy.rules.controltower.waf;
