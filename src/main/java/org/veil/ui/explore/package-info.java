/**
 * The Explore step: the solution space of the last anonymization as a lattice drawing and a table,
 * and the selected transformation with its output and its comparison with the input. Depends on
 * the shared models ({@code ui.workspace}), {@code ui.data} and {@code ui.compare}; nothing depends
 * on it but the workbench.
 */
package org.veil.ui.explore;
