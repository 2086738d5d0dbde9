/** Rules for Elastic Load Balancing v2: HTTPS, redirects, TLS policies, access logs, protection. */
package dev.groundwork.policy.rules.elb;
