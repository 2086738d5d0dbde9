/**
 * The policy report in the formats people and tools read: the console, JSON, SARIF 2.1.0, JUnit
 * XML, and the Markdown catalog of the rules that ran. Renders the engine's report, never the reverse.
 */
package dev.groundwork.policy.formats;
