/** An intentionally non-compliant app: what the policy engine reports, and why synthesis fails. */
package dev.groundwork.samples.noncompliant;
