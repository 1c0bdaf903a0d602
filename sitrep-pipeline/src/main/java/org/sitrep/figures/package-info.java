/**
 * The figures stage: numbers with what they count and how the report hedges them ("at least 40 of its troops").
 * Word lists live in {@code figures.yaml} next to these classes. Imports {@code model}, {@code pipeline} and Jackson.
 */
package org.sitrep.figures;
