package dev.groundwork.policy.rules.controltower.apigateway;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;

import com.fasterxml.jackson.databind.JsonNode;

/** How the REST API stage controls read method settings. */
final class ApiGatewayMethodSettings {

  private ApiGatewayMethodSettings() {}

  /**
   * The setting for every method of every resource ({@code HttpMethod *}, {@code ResourcePath /*}).
   */
  static boolean isAllMethods(JsonNode setting) {
    return is(setting.path("HttpMethod"), "*") && is(setting.path("ResourcePath"), "/*");
  }
}
