/** Rules for ECS task definitions: container user, file system, privileges, capabilities, logging, images, limits. */
package dev.groundwork.policy.rules.ecs;
