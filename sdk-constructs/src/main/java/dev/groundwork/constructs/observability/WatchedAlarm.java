package dev.groundwork.constructs.observability;

import static com.google.common.base.Preconditions.checkArgument;

import software.amazon.awscdk.services.cloudwatch.Alarm;

/**
 * One alarm of a {@link Watcher}, as {@link Monitoring#addWatcher} takes it over: its description
 * is rewritten to {@code <summary>. First check: <firstCheck>. Runbook: <url>}, it notifies the
 * alert topic, and if it pages it joins the watcher's one composite alarm.
 *
 * @param alarm the alarm the watcher created
 * @param summary what the alarm means, e.g. {@code Nodes above 80% CPU for 15 minutes}
 * @param firstCheck what to look at first when it fires
 * @param pages whether it joins the paging composite (a symptom users feel) or only notifies
 */
public record WatchedAlarm(Alarm alarm, String summary, String firstCheck, boolean pages) {
  public WatchedAlarm {
    checkArgument(!summary.isBlank(), "summary must say what the alarm means");
    checkArgument(!firstCheck.isBlank(), "firstCheck must say what to look at first");
  }
}
