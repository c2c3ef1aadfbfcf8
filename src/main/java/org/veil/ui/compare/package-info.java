/**
 * The comparison of the input with a transformation's output: two tables side by side, row i next
 * to row i, generalized values and suppressed records marked. Depends on the shared models only;
 * {@code ui.explore} shows it.
 */
package org.veil.ui.compare;
