/**
 * Delivery pipelines: stages, gates, deployment strategies and rollback.
 * Not built yet; this module exists so the BOM and module layout are in place.
 */
package dev.groundwork.pipelines;
