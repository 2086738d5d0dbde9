/** Rules for ECS task definitions: container user, file system, privileges, logging, images, limits. */
package dev.groundwork.policy.rules.ecs;
