/**
 * Move declarations: keeping the logical ids of a renamed or moved construct's resources, so
 * CloudFormation updates them instead of replacing them; the replacement guard proposes them.
 */
package dev.groundwork.moves;
