package org.veil.service;

import java.util.Map;
import org.veil.engine.data.ColumnType;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;

/**
 * Everything the import needs, captured at once so it can run on a worker thread.
 *
 * @param source        what to read
 * @param options       how to read it (CSV or spreadsheet options)
 * @param typeOverrides column types the user chose instead of the inferred ones, by column name
 */
public record ImportRequest(InputSource source, ReadOptions options, Map<String, ColumnType> typeOverrides) {

    public ImportRequest {
        typeOverrides = Map.copyOf(typeOverrides);
    }

    public ImportRequest(InputSource source, ReadOptions options) {
        this(source, options, Map.of());
    }
}
