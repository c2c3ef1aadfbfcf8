package org.veil.io.csv;

import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.testing.DatasetRows;
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

    static String[][] rows(Dataset dataset) {
        return DatasetRows.rows(dataset);
    }
}
