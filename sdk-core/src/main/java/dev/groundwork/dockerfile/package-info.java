/**
 * Dockerfiles read into stages and instructions, so the policy engine can check images before
 * they are built: a small parser of the instructions Groundwork's checks need.
 */
package dev.groundwork.dockerfile;
