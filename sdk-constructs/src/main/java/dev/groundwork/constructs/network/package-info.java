/**
 * Networks: {@link dev.groundwork.constructs.network.SecureVpc} with tiered subnets, flow logs,
 * private endpoints and a validated address plan ({@link dev.groundwork.constructs.network.Cidr}).
 */
package dev.groundwork.constructs.network;
