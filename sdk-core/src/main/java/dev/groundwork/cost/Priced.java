package dev.groundwork.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a pricer made of one resource: a monthly amount with its basis, or why it could not. */
public sealed interface Priced {

  /** A monthly amount, rounded to the cent, and how it was computed. */
  record Amount(BigDecimal monthly, String basis) implements Priced {
    public Amount {
      monthly = monthly.setScale(2, RoundingMode.HALF_UP);
    }
  }

  /** The resource could not be priced. */
  record Unpriced(String reason) implements Priced {}
}
