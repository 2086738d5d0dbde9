/**
 * The Groundwork Maven plugin: the {@code node} goal, which provides the Node.js AWS CDK runs in;
 * the {@code synth} goal, which runs a Groundwork app's synthesis in a JVM launched with the
 * environment CDK and jsii need, and fails the build with one line; and the {@code check} goal,
 * Groundwork's policy engine over any CloudFormation templates.
 */
package dev.groundwork.maven;
