/**
 * The replacement guard: compares a synthesized assembly with a previous one, reports stateful
 * resources that a deployment would replace, move or remove, and writes the change set.
 */
package dev.groundwork.replacement;
