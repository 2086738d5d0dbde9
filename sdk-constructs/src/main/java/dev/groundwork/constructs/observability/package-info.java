/**
 * Observability building blocks shared by every construct: encrypted, retained log groups with
 * the tier's retention.
 */
package dev.groundwork.constructs.observability;
