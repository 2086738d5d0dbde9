/**
 * The {@code groundwork} command line of the executable jar: {@code check} runs
 * {@link dev.groundwork.check.CheckCommand}; nothing here starts CDK, jsii or Node.js.
 */
package dev.groundwork.cli;
