/**
 * The trade-off between re-identification risk and information loss over the transformations the
 * search evaluated, and its Pareto frontier. Uses {@code engine.search} for the classes and
 * suppression of each transformation and the prosecutor model of {@code engine.risk}.
 */
package org.veil.engine.tradeoff;
