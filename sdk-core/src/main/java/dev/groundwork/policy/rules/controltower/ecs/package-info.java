/** Control Tower rules for Amazon ECS clusters, services and task definitions (CT.ECS.PR.*). */
package dev.groundwork.policy.rules.controltower.ecs;
