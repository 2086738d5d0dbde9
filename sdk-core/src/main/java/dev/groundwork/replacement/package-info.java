/**
 * The replacement guard: compares a synthesized assembly with a previous one and reports
 * stateful resources that a deployment would replace or remove.
 */
package dev.groundwork.replacement;
