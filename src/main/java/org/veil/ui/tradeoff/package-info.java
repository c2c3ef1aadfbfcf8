/**
 * The trade-off explorer: re-identification risk against information loss for every transformation
 * the search checked, with the Pareto frontier, as a chart and a table; clicking a point or a row
 * selects that solution in the whole workbench. Depends on the shared models ({@code ui.workspace}),
 * {@code ui.charts} and {@code ui.common}; nothing depends on it but the workbench.
 */
package org.veil.ui.tradeoff;
