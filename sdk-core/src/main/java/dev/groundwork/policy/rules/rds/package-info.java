/** Rules for RDS instances and Aurora clusters: encryption, exposure, protection, backups, auth, TLS. */
package dev.groundwork.policy.rules.rds;
