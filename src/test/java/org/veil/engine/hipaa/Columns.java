package org.veil.engine.hipaa;

import java.util.List;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;

/** Small datasets for the scanner tests. */
final class Columns {

    private Columns() {
    }

    /** A one-column dataset with these values, one a row, type inferred. */
    static Dataset of(String name, List<String> values) {
        DatasetBuilder builder = new DatasetBuilder(List.of(name), values.size());
        for (String value : values) {
            builder.addRow(value);
        }
        return builder.build();
    }

    static Column column(String name, List<String> values) {
        return of(name, values).column(0);
    }

    static Column column(String name, String... values) {
        return column(name, List.of(values));
    }
}
