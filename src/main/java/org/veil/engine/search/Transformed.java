package org.veil.engine.search;

import java.util.Map;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.data.Dataset;

/**
 * A transformation applied to the data: the released dataset (quasi-identifiers generalized,
 * suppressed records' quasi-identifiers replaced by {@code *}, identifiers removed), its
 * equivalence classes and which of them are suppressed.
 *
 * @param levels     the level of each quasi-identifier, in configuration order
 * @param output     the released dataset
 * @param classes    the equivalence classes before suppression
 * @param suppressed which classes are suppressed (indexed like {@code classes})
 */
public record Transformed(Map<String, Integer> levels, Dataset output, Evaluation evaluation, ClassTable classes,
        boolean[] suppressed) {
}
