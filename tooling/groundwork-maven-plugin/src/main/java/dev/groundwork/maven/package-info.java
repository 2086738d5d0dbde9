/**
 * The Groundwork Maven plugin: the {@code synth} goal, which runs a Groundwork app's synthesis in
 * a JVM launched with the environment CDK and jsii need, and fails the build with one line.
 */
package dev.groundwork.maven;
