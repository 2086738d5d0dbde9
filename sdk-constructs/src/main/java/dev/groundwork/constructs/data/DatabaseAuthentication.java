package dev.groundwork.constructs.data;

/**
 * How applications sign in to a {@link DatabaseCluster}: always as its application user, never
 * as the master user, whose secret is for administration, migrations and rotation only.
 */
public enum DatabaseAuthentication {
  /**
   * IAM database authentication: the client's role may {@code rds-db:connect} as the application
   * user, and its driver mints a token from the role's credentials for each new connection. A
   * token opens connections for 15 minutes and does not end the sessions it opened; the task
   * holds no password, so there is nothing to rotate or redeploy. Aurora throttles new
   * IAM-authenticated connections at 200 a second: pool connections.
   */
  IAM,
  /**
   * A generated secret of the application user (user name and password), rotated with
   * alternating users (Secrets Manager's multi-user rotation, using the master secret). Each
   * rotation switches the secret to the other of two users and changes only that user's
   * password, so the credentials a task received at start keep working until the rotation after
   * next: for at least one rotation period.
   */
  SECRET
}
