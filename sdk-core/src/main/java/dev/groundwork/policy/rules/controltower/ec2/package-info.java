/**
 * Control Tower rules for Amazon EC2: instances, launch templates, volumes, security groups,
 * network ACLs, subnets, transit gateways, hosts and fleets (CT.EC2.PR.*).
 */
package dev.groundwork.policy.rules.controltower.ec2;
