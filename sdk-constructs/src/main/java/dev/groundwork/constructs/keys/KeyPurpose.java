package dev.groundwork.constructs.keys;

import java.util.Locale;

/**
 * What a shared {@link EncryptionKey} protects; each stack gets at most one key per purpose.
 *
 * <p>Purposes keep unrelated data apart (a role allowed to decrypt logs cannot read database
 * storage) without paying about 1 USD a month for a key per resource.
 */
public enum KeyPurpose {
  /** CloudWatch Logs log groups (flow logs, container logs, ECS Exec sessions, WAF logs). */
  LOGS,
  /** Data at rest and in flight: buckets, queues, database storage and insights, ECS Exec sessions, backups. */
  DATA,
  /** Secrets Manager secrets and Kubernetes secrets (EKS envelope encryption). */
  SECRETS,
  /** Audit records: CloudTrail log files and AWS Config snapshots (see {@code AccountBaseline}). */
  AUDIT,
  /** Alerts: the SNS topics of an {@code AlertTopic} (alarms, deployment and budget notifications). */
  ALERTS;

  /** The purpose in lower case, as it appears in aliases. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The id of the shared key's construct under its stack, e.g. {@code LogsKey}. */
  String constructId() {
    return name().charAt(0) + label().substring(1) + "Key";
  }
}
