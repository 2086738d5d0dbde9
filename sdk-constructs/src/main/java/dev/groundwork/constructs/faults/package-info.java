/**
 * Fault-injection experiments (AWS Fault Injection Service) that rehearse a service's failures:
 * losing tasks, a database failover, losing a zone. Above observability: an experiment stops on
 * the alarms the service's watcher pages with.
 */
package dev.groundwork.constructs.faults;
