package org.veil.service;

import java.util.List;
import java.util.Map;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.io.InputSource;

/**
 * An imported dataset, where it came from, and the values that do not parse under the type the
 * user chose for their column (by column name; only columns with such values appear).
 */
public record ImportResult(Dataset dataset, InputSource source, Map<String, List<InvalidValue>> invalidValues,
        long millis) {

    public ImportResult {
        invalidValues = Map.copyOf(invalidValues);
    }

    public boolean hasInvalidValues() {
        return !invalidValues.isEmpty();
    }
}
