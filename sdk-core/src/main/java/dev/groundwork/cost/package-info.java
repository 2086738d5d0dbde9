/**
 * Monthly cost estimate of a synthesized app, read from its one parsed model and a versioned,
 * dated price table; types it cannot price are listed, never counted as zero.
 */
package dev.groundwork.cost;
