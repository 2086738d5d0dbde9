package dev.groundwork.cost;

import dev.groundwork.assembly.Resource;
import java.util.Set;

/** Prices the resources of a family of CloudFormation types. */
interface ResourcePricer {

  /** The CloudFormation types this pricer prices. */
  Set<String> types();

  /** The monthly cost of {@code resource}, one of {@link #types()}. */
  Priced price(Resource resource, PriceBook book);
}
