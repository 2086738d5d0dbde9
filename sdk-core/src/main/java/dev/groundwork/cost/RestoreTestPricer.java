package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.RestoreTestMetadata;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS Backup restore tests, priced on their selections: every run of the plan restores each
 * selected resource once, and the restored copy is billed like its source while AWS Backup keeps
 * it: an Aurora cluster's storage for the selection's validation window, a bucket's storage for a
 * day (AWS Backup deletes a restored bucket with a lifecycle rule, which S3 runs after a day), at
 * the source's assumed size ({@code databaseStorageGb}, {@code s3StorageGbPerBucket}). Runs a month
 * come from the schedule of the plan: in the selection's template, or for a selection in another
 * stack, the schedule its {@link RestoreTestMetadata#SCHEDULE} metadata repeats.
 *
 * <p>AWS Backup's own charges, per restore test and per GB of an S3 restore, are added when the
 * price table has them ({@value #PER_TEST}, {@value #S3_RESTORE}); the bundled table does not,
 * since they could not be read from AWS's pricing page when it was written, and the line says so.
 */
final class RestoreTestPricer implements ResourcePricer {
  /** AWS Backup's charge per restore test, when a price table has it. */
  static final String PER_TEST = "backup.restore-test.run";
  /** AWS Backup's charge per GB restored from an S3 backup, when a price table has it. */
  static final String S3_RESTORE = "backup.s3-restore.gb";
  /** Days in an average month (365 / 12, as AWS's 730 hours a month make it). */
  private static final double DAYS_PER_MONTH = 365.0 / 12;
  private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");

  @Override
  public Set<String> types() {
    return Set.of("AWS::Backup::RestoreTestingSelection");
  }

  @Override
  public Priced price(Resource selection, PriceBook book) {
    JsonNode arns = selection.property("ProtectedResourceArns");
    if (!arns.isArray() || arns.isEmpty() || arns.toString().contains("\"*\"")) {
      return new Priced.Unpriced("the selection names its resources by condition, so how many it restores is unknown");
    }
    Optional<String> planSchedule = planOf(selection).map(plan -> plan.property("ScheduleExpression").asText(""))
        .or(() -> RestoreTestMetadata.schedule(selection));
    if (planSchedule.isEmpty()) {
      return new Priced.Unpriced("its restore testing plan is not in its template, so how often it runs is unknown");
    }
    String schedule = planSchedule.get();
    OptionalDouble runs = runsPerMonth(schedule);
    if (runs.isEmpty()) {
      return new Priced.Unpriced("the plan's schedule '" + schedule + "' is not one run a day, on days of the week "
          + "or on a day of the month");
    }
    double restores = runs.getAsDouble() * arns.size();
    String type = selection.property("ProtectedResourceType").asText("");
    Bill bill = book.bill();
    CostAssumptions a = book.assumptions();
    double hoursKept;
    switch (type) {
      case "Aurora" -> {
        hoursKept = selection.property("ValidationWindowHours").asDouble(1);
        bill.assumed(restores * a.databaseStorageGb() * hoursKept / book.hours(), "GB-month restored clusters",
            "rds.aurora.storage.gb-month", "databaseStorageGb");
      }
      case "S3" -> {
        hoursKept = 24;
        bill.assumed(restores * a.s3StorageGbPerBucket() * hoursKept / book.hours(), "GB-month restored buckets",
            "s3.standard.storage.gb-month", "s3StorageGbPerBucket");
        if (book.has(S3_RESTORE)) {
          bill.assumed(restores * a.s3StorageGbPerBucket(), "GB restored", S3_RESTORE, "s3StorageGbPerBucket");
        } else {
          bill.note("AWS Backup's S3 restore charge per GB is not in the price table");
        }
      }
      default -> {
        return new Priced.Unpriced("restore tests of " + type + " are not priced");
      }
    }
    if (book.has(PER_TEST)) {
      bill.add(restores, "restore tests", PER_TEST);
    } else {
      bill.note("AWS Backup's charge per restore test is not in the price table");
    }
    return bill.note(number(restores) + " restores a month (" + number(runs.getAsDouble()) + " runs of "
        + schedule + " × " + arns.size() + "), each copy kept " + number(hoursKept) + " h").done();
  }

  /** The plan the selection names, by name or reference, in its own template. */
  private static Optional<Resource> planOf(Resource selection) {
    JsonNode name = selection.property("RestoreTestingPlanName");
    Optional<Resource> referenced = selection.stack().resolve(name);
    if (referenced.isPresent()) {
      return referenced;
    }
    return selection.stack().resourcesOfType("AWS::Backup::RestoreTestingPlan").stream()
        .filter(plan -> name.isTextual() && plan.property("RestoreTestingPlanName").asText("").equals(name.asText()))
        .findFirst();
  }

  /**
   * Runs a month of an AWS cron expression with one minute and hour: every day, on a list of
   * weekdays, or on one day of the month; empty for anything else.
   */
  static OptionalDouble runsPerMonth(String expression) {
    Matcher cron = CRON.matcher(expression);
    if (!cron.matches() || !cron.group(1).matches("\\d+") || !cron.group(2).matches("\\d+")
        || !cron.group(4).equals("*") || !cron.group(6).matches("[*?]")) {
      return OptionalDouble.empty();
    }
    String dayOfMonth = cron.group(3);
    String dayOfWeek = cron.group(5);
    if (dayOfMonth.matches("[*?]") && dayOfWeek.matches("[*?]")) {
      return OptionalDouble.of(DAYS_PER_MONTH);
    }
    if (dayOfMonth.equals("?") && dayOfWeek.matches("[A-Z1-7]+(,[A-Z1-7]+)*")) {
      return OptionalDouble.of(dayOfWeek.split(",").length * DAYS_PER_MONTH / 7);
    }
    if (dayOfMonth.matches("\\d+") && dayOfWeek.equals("?")) {
      return OptionalDouble.of(1);
    }
    return OptionalDouble.empty();
  }

  private static String number(double value) {
    return PriceBook.number(BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP));
  }
}
