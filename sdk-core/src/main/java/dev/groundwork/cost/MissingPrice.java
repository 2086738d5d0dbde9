package dev.groundwork.cost;

/** A price key the table lacks for the region; the resource is then listed as not estimated. */
final class MissingPrice extends RuntimeException {
  MissingPrice(String key, String region) {
    super("the price table has no '" + key + "' for " + region, null, false, false);
  }
}
