package org.veil.io.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvDatasetReader;
import org.veil.io.csv.CsvFormatDetector;
import org.veil.io.csv.CsvReadOptions;

/**
 * Reads a hierarchy in the common CSV layout: one row per original value, {@code value;level1;…;*},
 * no header, {@code ;} or {@code ,} (or tab) separated. Encoding and delimiter are detected as for
 * datasets; empty cells are values, not missing.
 */
public final class HierarchyCsvReader {

    private HierarchyCsvReader() {
    }

    /**
     * @throws DatasetReadException if the file cannot be read as delimited text (names the line)
     * @throws HierarchyException   if the rows do not form a valid hierarchy (lists every problem)
     */
    public static Hierarchy read(InputSource source) throws DatasetReadException, HierarchyException {
        CsvReadOptions options = CsvFormatDetector.detect(source).withHeader(false).withMissingTokens(Set.of())
                .withTrimValues(false);
        Dataset table = CsvDatasetReader.read(source, options, Integer.MAX_VALUE, ProgressListener.NONE,
                CancellationToken.NONE);
        List<String[]> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            String[] row = new String[table.columnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = table.value(r, c);
            }
            rows.add(row);
        }
        try {
            return Hierarchy.of(rows);
        } catch (HierarchyException e) {
            throw new HierarchyException(source.name() + ": " + e.getMessage(), e.problems());
        }
    }
}
