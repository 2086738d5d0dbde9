/** Policy reports: readable console output and JSON, SARIF 2.1.0 and JUnit XML files. */
package dev.groundwork.policy.report;
