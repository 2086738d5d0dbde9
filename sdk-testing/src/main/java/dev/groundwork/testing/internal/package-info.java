/**
 * Implementation of the testing helpers: JSON paths, references, taggability, policy documents,
 * security-group rules, template normalisation and diffs. Not API.
 */
package dev.groundwork.testing.internal;
