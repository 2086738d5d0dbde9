/**
 * Testing Groundwork apps: a JUnit 5 extension that synthesizes once per test class, AssertJ
 * assertions over the synthesized templates and the policy report, and golden-template snapshots.
 */
package dev.groundwork.testing;
