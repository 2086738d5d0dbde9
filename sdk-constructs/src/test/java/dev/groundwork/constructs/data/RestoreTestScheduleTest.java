package dev.groundwork.constructs.data;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.GroundworkValidationException;
import org.junit.jupiter.api.Test;

/** Tests of RestoreTestSchedule: its cron expression and how long a missed test goes unnoticed. */
class RestoreTestScheduleTest {
  @Test
  void dailyRunsEveryDayAtFiveUtcAndIsMissedAfterTwoDays() {
    RestoreTestSchedule daily = RestoreTestSchedule.daily();
    assertThat(daily.cronExpression()).isEqualTo("cron(0 5 ? * * *)");
    assertThat(daily.longestGapDays()).isEqualTo(1);
    assertThat(daily.missedAfterDays()).isEqualTo(2);
  }

  @Test
  void daysAreWrittenInWeekOrderWhateverOrderTheyWereGivenIn() {
    RestoreTestSchedule schedule = RestoreTestSchedule.on(THURSDAY, MONDAY).atHourUtc(23);
    assertThat(schedule.cronExpression()).isEqualTo("cron(0 23 ? * MON,THU *)");
    assertThat(schedule.longestGapDays()).as("Thursday to Monday").isEqualTo(4);
    assertThat(schedule.missedAfterDays()).isEqualTo(5);
  }

  @Test
  void theGapWrapsAroundTheWeekend() {
    assertThat(RestoreTestSchedule.on(TUESDAY, SUNDAY).longestGapDays()).as("Sunday to Tuesday is 2, Tuesday to Sunday 5")
        .isEqualTo(5);
    assertThat(RestoreTestSchedule.on(MONDAY, TUESDAY, FRIDAY).longestGapDays()).isEqualTo(3);
  }

  @Test
  void aWeeklyTestCouldNotBeToldFromAMissedOneSoItIsRefused() {
    assertThatThrownBy(() -> RestoreTestSchedule.on(MONDAY))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("RESTORE_TEST_SCHEDULE"))
        .hasMessageContaining("days").hasMessageContaining("7 days between runs")
        .hasMessageContaining("at most 6 days between runs").hasMessageContaining("on(MONDAY, THURSDAY)");
    assertThat(RestoreTestSchedule.on(MONDAY, SUNDAY).missedAfterDays()).as("6 days apart: noticed on day 7").isEqualTo(7);
  }

  @Test
  void theHourIsAnHourOfTheDay() {
    assertThatThrownBy(() -> RestoreTestSchedule.daily().atHourUtc(24))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("RESTORE_TEST_SCHEDULE"))
        .hasMessageContaining("hourUtc").hasMessageContaining("0 to 23");
  }
}
