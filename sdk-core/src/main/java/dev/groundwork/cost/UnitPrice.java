package dev.groundwork.cost;

import java.math.BigDecimal;

/**
 * One price an estimate used, with where it comes from.
 *
 * @param region the region
 * @param key the price key, e.g. {@code ec2.nat-gateway.hour}
 * @param price the unit price
 * @param source where the price was read and when
 */
public record UnitPrice(String region, String key, BigDecimal price, PriceSource source) {}
