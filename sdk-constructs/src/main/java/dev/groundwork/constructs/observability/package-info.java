/**
 * Observability: alert routing ({@code AlertTopic}); recommended alarms, paging composites and
 * dashboards per service, database and Kubernetes cluster ({@code Monitoring}); uptime canaries
 * and budgets. It sits on top of what it watches (compute, data, kubernetes), which do not know
 * it. See docs/constructs/observability.md.
 */
package dev.groundwork.constructs.observability;
