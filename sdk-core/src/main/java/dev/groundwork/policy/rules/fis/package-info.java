/**
 * Rules that reliability is rehearsed: production services have fault-injection experiments
 * (AWS Fault Injection Service experiment templates) to run.
 */
package dev.groundwork.policy.rules.fis;
