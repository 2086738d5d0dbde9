package dev.groundwork.constructs.observability;

import java.util.List;

/**
 * One multiwindow burn-rate alert of an SLO: it fires while the error budget burns at least
 * {@link #burnRate()} times as fast as the SLO allows, measured over both a long and a short
 * window, and it pages or tickets.
 *
 * <p>The table is the Google SRE Workbook's recommendation (chapter 5, "Alerting on SLOs",
 * section 6, "Multiwindow, Multi-Burn-Rate Alerts"), for a 30-day SLO: page when 2 % of the
 * month's budget burns within an hour or 5 % within six hours, ticket when 10 % burns within
 * three days; the short window is 1/12 of the long one, so an alert resets soon after the burn
 * stops. The burn rate follows from the budget arithmetic: a rate of 1 spends exactly the budget
 * in {@value #SLO_DAYS} days, so spending {@code budgetPercent} of it within {@code longWindow}
 * takes {@code budgetPercent / 100 × SLO period / longWindow}: 0.02 × 720 h / 1 h = 14.4,
 * 0.05 × 720 h / 6 h = 6, 0.10 × 720 h / 72 h = 1. With a 99.9 % SLO a 14.4 burn is an error
 * rate of 1.44 %, which at that pace empties the whole budget in 50 hours.
 *
 * @param name the alert's name in construct ids and alarm descriptions, e.g. {@code FastBurn}
 * @param longWindowMinutes the long window, in minutes
 * @param shortWindowMinutes the short window, 1/12 of the long one
 * @param budgetPercent the share of the SLO period's budget that burns within the long window
 * @param pages whether it joins the paging composite (else it notifies: a ticket)
 */
record BurnRateAlert(String name, int longWindowMinutes, int shortWindowMinutes, double budgetPercent,
    boolean pages) {
  /** The SLO period: a rolling 30 days, the workbook's. */
  static final int SLO_DAYS = 30;

  /** The alerts of every SLO: two that page, one that tickets. */
  static final List<BurnRateAlert> ALERTS = List.of(
      new BurnRateAlert("FastBurn", 60, 5, 2, true),
      new BurnRateAlert("SlowBurn", 360, 30, 5, true),
      new BurnRateAlert("BudgetTicket", 4320, 360, 10, false));

  /** Budget burned per unit of time, relative to the pace that spends it exactly in {@value #SLO_DAYS} days. */
  double burnRate() {
    return Math.round(budgetPercent / 100 * SLO_DAYS * 24 * 60 / longWindowMinutes * 1000) / 1000.0;
  }

  /** Every look-back window the alerts read, ascending: the SLO's burn-rate configurations. */
  static List<Integer> windows() {
    return ALERTS.stream().flatMap(a -> java.util.stream.Stream.of(a.shortWindowMinutes, a.longWindowMinutes))
        .distinct().sorted().toList();
  }

  /** A window as people say it: 5 min, 1 h, 3 d. */
  static String duration(int minutes) {
    return minutes % 1440 == 0 ? minutes / 1440 + " d" : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }
}
