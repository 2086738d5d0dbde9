package dev.groundwork.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What a pricer made of one resource: a monthly amount with its basis, or why it could not. */
public sealed interface Priced {

  /**
   * A monthly amount, rounded to the cent, how it was computed, the price keys it used and the
   * assumptions it rests on.
   */
  record Amount(BigDecimal monthly, String basis, List<String> priceKeys, List<String> assumptions) implements Priced {
    public Amount {
      monthly = monthly.setScale(2, RoundingMode.HALF_UP);
      priceKeys = List.copyOf(priceKeys);
      assumptions = List.copyOf(assumptions);
    }
  }

  /** The resource could not be priced. */
  record Unpriced(String reason) implements Priced {}
}
