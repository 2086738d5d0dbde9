package dev.groundwork.constructs.observability;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.constructs.Construct;

/**
 * One CloudWatch dashboard for one service in one environment, named
 * {@code <app>-<environment>-<service>}: rows of graphs a watcher chooses, then an alarm-status
 * widget of every alarm of the service (its paging composite first).
 */
final class ServiceDashboard extends Construct {
  static final int WIDTH = 24;
  private final Dashboard dashboard;
  private final String name;

  ServiceDashboard(Construct scope, String id, String name) {
    super(scope, id);
    this.name = name;
    this.dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(name).build();
  }

  /** A graph of {@code metrics}, one line each, {@code width} of the 24 columns wide. */
  static GraphWidget graph(String title, int width, List<IMetric> metrics) {
    return GraphWidget.Builder.create().title(title).width(width).height(6).left(metrics).build();
  }

  /** Adds a row of widgets. */
  void addRow(IWidget... widgets) {
    dashboard.addWidgets(widgets);
  }

  /** Adds the alarm-status row: the paging composite first, then every other alarm. */
  void addAlarmStatus(IAlarm composite, List<? extends IAlarm> alarms) {
    List<IAlarm> all = new ArrayList<>();
    all.add(composite);
    all.addAll(alarms);
    dashboard.addWidgets(AlarmStatusWidget.Builder.create()
        .title("Alarms").width(WIDTH).alarms(all).build());
  }

  /** The dashboard's name, for links from the environment's overview. */
  String name() {
    return name;
  }

  Dashboard dashboard() {
    return dashboard;
  }
}
