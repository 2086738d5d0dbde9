package dev.groundwork.pipelines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.pipelines.DeploymentWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The times a DeploymentWindow cron allows, read as CodePipeline documents the fields. */
class WindowScheduleTest {
  /** Monday 2026-03-02; the days after it are Tuesday to Sunday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static LocalDateTime at(int daysAfterMonday, int hour, int minute) {
    return MONDAY.plusDays(daysAfterMonday).atTime(hour, minute);
  }

  @Nested
  class DefaultProductionWindow {
    final WindowSchedule window = WindowSchedule.of(DeploymentWindow.workingHours().cron());

    @Test
    void opensMondayToThursdayFromNineToFourInTheAfternoon() {
      assertThat(window.allows(at(0, 9, 0))).isTrue();
      assertThat(window.allows(at(1, 12, 30))).isTrue();
      assertThat(window.allows(at(3, 15, 59))).isTrue();
    }

    @Test
    void staysClosedAtNight() {
      assertThat(window.allows(at(0, 8, 59))).isFalse();
      assertThat(window.allows(at(1, 16, 0))).isFalse();
      assertThat(window.allows(at(2, 23, 0))).isFalse();
      assertThat(window.allows(at(3, 3, 0))).isFalse();
    }

    @Test
    void staysClosedOnFridaysAndWeekends() {
      assertThat(window.allows(at(4, 10, 0))).as("Friday morning").isFalse();
      assertThat(window.allows(at(4, 14, 0))).as("Friday afternoon").isFalse();
      assertThat(window.allows(at(5, 10, 0))).as("Saturday").isFalse();
      assertThat(window.allows(at(6, 10, 0))).as("Sunday").isFalse();
      assertThat(window.weekendDays()).isEmpty();
    }
  }

  @Nested
  class Weekends {
    @Test
    void findsADayOfWeekRangeThatWrapsOverTheWeekend() {
      assertThat(WindowSchedule.of("* * 9-15 ? * FRI-MON *").weekendDays())
          .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void findsDaysOfTheMonthThatFallOnWeekends() {
      assertThat(WindowSchedule.of("* * 9-15 1-3 * ? *").weekendDays())
          .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void findsSaturdayGivenByNumber() {
      assertThat(WindowSchedule.of("* * 9-15 ? * 2-7").weekendDays()).containsExactly(DayOfWeek.SATURDAY);
    }

    @Test
    void acceptsTheNearestWeekdayAndEveryWeekdayForm() {
      assertThat(WindowSchedule.of("* * 9-15 LW * ? *").weekendDays()).isEmpty();
      assertThat(WindowSchedule.of("* * 9-15 15W * ? *").weekendDays()).isEmpty();
      assertThat(WindowSchedule.of("* * 9-15 ? * 2-6").weekendDays()).isEmpty();
      assertThat(WindowSchedule.of("* * 9-15 ? * 2#1 *").weekendDays()).isEmpty();
    }

    @Test
    void readsTheLastFridayAndTheNthWeekday() {
      WindowSchedule lastFriday = WindowSchedule.of("* * 10 ? * 6L *");
      assertThat(lastFriday.opensOn(LocalDate.of(2026, 3, 27))).isTrue();
      assertThat(lastFriday.opensOn(LocalDate.of(2026, 3, 20))).isFalse();
      assertThat(WindowSchedule.of("* * 10 ? * 2#1 *").opensOn(LocalDate.of(2026, 3, 2))).isTrue();
    }
  }
}
