package dev.groundwork.cost;

import java.math.BigDecimal;

/** The prices of one region and the assumptions, as the pricers read them. */
final class PriceBook {
  private final PriceTable table;
  private final String region;
  private final CostAssumptions assumptions;

  public PriceBook(PriceTable table, String region, CostAssumptions assumptions) {
    this.table = table;
    this.region = region;
    this.assumptions = assumptions;
  }

  /** A new, empty bill for one resource. */
  public Bill bill() {
    return new Bill(this);
  }

  /** The unit price of {@code key}; throws {@link MissingPrice} when the table lacks it. */
  BigDecimal unit(String key) {
    return table.price(region, key).orElseThrow(() -> new MissingPrice(key, region));
  }

  /** Whether the table has a price for {@code key} in this region. */
  boolean has(String key) {
    return table.price(region, key).isPresent();
  }

  public CostAssumptions assumptions() {
    return assumptions;
  }

  public int hours() {
    return assumptions.hoursPerMonth();
  }

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
