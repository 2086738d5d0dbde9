package dev.groundwork.constructs.observability;

import java.util.List;
import software.amazon.awscdk.CfnResource;

/**
 * What {@link Monitoring#addWatcher} takes from a watcher of your own (Groundwork's constructs have
 * their own {@code Monitoring.add*} calls): its alarms and the resources they watch.
 * Monitoring makes every alarm notify, joins the paging ones in one composite alarm and adds a
 * row to the overview dashboard, exactly as for the services it watches itself.
 */
public interface Watcher {
  /** Every alarm of the watcher, with what it means and whether it pages. */
  List<WatchedAlarm> watchedAlarms();

  /**
   * The template resources the alarms watch, in the composite's stack; the composite lists their
   * logical ids in its {@code groundwork:watches} metadata, which {@code GW_MONITORING_SERVICE_WATCHED}
   * reads.
   */
  List<CfnResource> watchedResources();
}
