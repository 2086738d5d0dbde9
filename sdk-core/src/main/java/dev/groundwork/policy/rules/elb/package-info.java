/** Rules for Elastic Load Balancing (ELBv2 and Classic): HTTPS, redirects, TLS policies, access logs, protection. */
package dev.groundwork.policy.rules.elb;
