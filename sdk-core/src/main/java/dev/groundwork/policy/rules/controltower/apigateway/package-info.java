/**
 * Control Tower rules for Amazon API Gateway: REST and HTTP/WebSocket stages, routes and custom
 * domains (CT.APIGATEWAY.PR.*).
 */
package dev.groundwork.policy.rules.controltower.apigateway;
