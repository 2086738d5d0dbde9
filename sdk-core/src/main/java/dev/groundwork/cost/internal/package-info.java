/**
 * How each resource type is priced: one pricer per family of types, reading one resource of the
 * parsed model and a region's prices. Not API.
 */
package dev.groundwork.cost.internal;
