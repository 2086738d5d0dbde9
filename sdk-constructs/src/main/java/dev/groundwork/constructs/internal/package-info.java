/**
 * Code shared by Groundwork's constructs that is not part of the API: validation plumbing and
 * hardening shared between constructs. May change in any release.
 */
package dev.groundwork.constructs.internal;
