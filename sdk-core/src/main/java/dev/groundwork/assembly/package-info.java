/**
 * The one parsed model of a synthesized app: app, environments, stacks and resources, read once
 * and indexed. The policy engine, its reports and groundwork-testing's assertions are views over it.
 */
package dev.groundwork.assembly;
