/**
 * Rules that every service is watched: alarms in a paging composite, uptime canaries for
 * internet-facing services; and the metadata keys the observability constructs write for them.
 */
package dev.groundwork.policy.rules.observability;
