/**
 * Build set-up the plugin brings when it is declared with {@code <extensions>true</extensions>}:
 * the test configuration of a project that cannot inherit {@code groundwork-app-parent}.
 */
package dev.groundwork.maven.lifecycle;
