/** Rules for stateful resources: kept (retained or snapshotted) when their stack goes. */
package dev.groundwork.policy.rules.stateful;
