/**
 * How useful released data still is: per-attribute generalization and information loss, summary
 * statistics, frequency distributions and contingency tables before and after, and how well a
 * classifier trained on the data predicts a target column.
 *
 * <p>Conventions shared by the whole package:
 * <ul>
 *   <li>A value is <em>missing</em> if it is {@code null} or empty: the readers store missing cells
 *       as {@code null}, the released data writes a missing original value as its hierarchy label,
 *       the empty text.</li>
 *   <li>Suppressed records hold {@code *} in every quasi-identifier of the output. Summary statistics
 *       of a generalized column count {@code *} as missing; distributions and contingency tables show
 *       it as a value of its own.</li>
 *   <li>Output and input have the same rows in the same order (Veil never drops a record).</li>
 * </ul>
 */
package org.veil.engine.utility;
