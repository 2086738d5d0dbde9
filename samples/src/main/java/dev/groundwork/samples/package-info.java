/**
 * The reference app: what a well-formed Groundwork app looks like, synthesized by the README's
 * first command and unit-tested by the second.
 */
package dev.groundwork.samples;
