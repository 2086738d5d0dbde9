package dev.groundwork.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The charges of one resource, each quantity × unit price, summed and explained. */
final class Bill {
  private final PriceBook book;
  private final List<String> charges = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private BigDecimal total = BigDecimal.ZERO;

  Bill(PriceBook book) {
    this.book = book;
  }

  /** Adds {@code quantity} {@code unit}s (e.g. {@code h}, {@code GB}) at the price of {@code key}. */
  public Bill add(double quantity, String unit, String key) {
    BigDecimal price = book.unit(key);
    BigDecimal amount = BigDecimal.valueOf(quantity).multiply(price);
    total = total.add(amount);
    charges.add(PriceBook.number(BigDecimal.valueOf(quantity)) + " " + unit + " × " + PriceBook.number(price));
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
    return new Priced.Amount(total, basis);
  }
}
