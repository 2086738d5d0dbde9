package dev.groundwork.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The charges of one resource, each quantity × unit price, summed and explained. */
final class Bill {
  /** Decimals a basis shows of a quantity. */
  static final int QUANTITY_DECIMALS = 4;

  private final PriceBook book;
  private final List<String> charges = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> keys = new LinkedHashSet<>();
  private final Set<String> assumptions = new LinkedHashSet<>();
  private BigDecimal total = BigDecimal.ZERO;

  Bill(PriceBook book) {
    this.book = book;
  }

  /** Adds {@code quantity} {@code unit}s (e.g. {@code h}, {@code GB}) at the price of {@code key}. */
  public Bill add(double quantity, String unit, String key) {
    BigDecimal price = book.unit(key);
    BigDecimal amount = BigDecimal.valueOf(quantity).multiply(price);
    total = total.add(amount);
    keys.add(key);
    charges.add(shown(quantity) + " " + unit + " × " + PriceBook.number(price));
    return this;
  }

  /**
   * A quantity as the basis shows it, at most {@value #QUANTITY_DECIMALS} decimals (a restored
   * copy's 0.8333 GB-month, not 0.8333333333333334); the amount uses the exact quantity.
   */
  private static String shown(double quantity) {
    BigDecimal exact = BigDecimal.valueOf(quantity);
    return PriceBook.number(exact.scale() > QUANTITY_DECIMALS ? exact.setScale(QUANTITY_DECIMALS, RoundingMode.HALF_UP) : exact);
  }

  /**
   * Adds a quantity the templates do not state, taken from the {@link CostAssumptions} named
   * {@code assumption}; the basis names it, so the line says what it assumed.
   */
  public Bill assumed(double quantity, String unit, String key, String assumption) {
    add(quantity, unit, key);
    assumptions.add(assumption);
    charges.set(charges.size() - 1, charges.get(charges.size() - 1) + " (assumed: " + assumption + ")");
    return this;
  }

  /** Adds a note after the charges, e.g. what the quantities were read from. */
  public Bill note(String note) {
    notes.add(note);
    return this;
  }

  /** The priced result. */
  public Priced.Amount done() {
    String basis = String.join(" + ", charges);
    if (!notes.isEmpty()) {
      basis = basis.isEmpty() ? String.join("; ", notes) : basis + "; " + String.join("; ", notes);
    }
    return new Priced.Amount(total, basis, List.copyOf(keys), List.copyOf(assumptions));
  }
}
