/**
 * Architecture diagrams of a synthesized app, one SVG per environment, drawn from its one parsed
 * model with a deterministic layout so two diagrams diff line by line.
 */
package dev.groundwork.diagram;
