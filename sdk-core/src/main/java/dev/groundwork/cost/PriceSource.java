package dev.groundwork.cost;

import java.util.Optional;

/**
 * Where one price of a {@link PriceTable} comes from and when it was read there.
 *
 * @param page the page or price list file the price was read from, e.g. {@code
 *     https://aws.amazon.com/vpc/pricing/}
 * @param date the day it was read, {@code YYYY-MM-DD}
 * @param note what else a reader should know about it, e.g. that Spot prices move
 */
public record PriceSource(String page, String date, Optional<String> note) {}
