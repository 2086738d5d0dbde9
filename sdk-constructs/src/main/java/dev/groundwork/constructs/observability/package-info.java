/**
 * Observability: encrypted, retained log groups; alert routing ({@code AlertTopic}); recommended
 * alarms, paging composites and dashboards per service ({@code Monitoring}); uptime canaries,
 * tracing sidecars and budgets. See docs/observability.md.
 */
package dev.groundwork.constructs.observability;
