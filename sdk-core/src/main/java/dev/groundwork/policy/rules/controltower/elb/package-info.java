/**
 * Control Tower rules for Elastic Load Balancing: application, network and classic load balancers,
 * listeners and target groups (CT.ELASTICLOADBALANCING.PR.*).
 */
package dev.groundwork.policy.rules.controltower.elb;
