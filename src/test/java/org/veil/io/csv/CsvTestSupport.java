package org.veil.io.csv;

import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.testing.Fixtures;

/** Reads CSV fixtures the way the import does: detect, then read everything. */
final class CsvTestSupport {

    private CsvTestSupport() {
    }

    static Dataset detectAndRead(String fixture) throws DatasetReadException {
        InputSource source = Fixtures.source("csv/" + fixture);
        return read(source, CsvFormatDetector.detect(source));
    }

    static Dataset read(String fixture, CsvReadOptions options) throws DatasetReadException {
        return read(Fixtures.source("csv/" + fixture), options);
    }

    static Dataset read(InputSource source, CsvReadOptions options) throws DatasetReadException {
        return CsvDatasetReader.read(source, options, Integer.MAX_VALUE, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** Every row of the dataset as an array of values (null for missing). */
    static String[][] rows(Dataset dataset) {
        String[][] rows = new String[dataset.rowCount()][dataset.columnCount()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < dataset.columnCount(); c++) {
                rows[r][c] = dataset.value(r, c);
            }
        }
        return rows;
    }
}
