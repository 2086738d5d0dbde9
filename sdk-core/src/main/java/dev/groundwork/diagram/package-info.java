/**
 * Architecture diagrams of a synthesized app, one SVG per environment and one of its delivery
 * flow, read from its one parsed model, grouped by construct and laid out by Eclipse ELK; the same
 * model always gives the same bytes, so two diagrams diff line by line.
 */
package dev.groundwork.diagram;
