/**
 * Implementation details of the core package; not API, may change in any release.
 */
package dev.groundwork.core.internal;
