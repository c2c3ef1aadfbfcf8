package org.veil.service;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.engine.data.TypeCheck;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvDatasetReader;
import org.veil.io.csv.CsvFormatDetector;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.excel.ExcelDatasetReader;
import org.veil.io.excel.ExcelReadOptions;

/**
 * Importing a dataset, as the workbench and the command line do it: detect how to read the file,
 * preview the first rows, then read it all with the user's type choices applied.
 */
public final class ImportService {

    /** Rows shown in an import preview. */
    public static final int PREVIEW_ROWS = 100;

    /** Read options proposed for the source: detected for text, defaults for spreadsheets. */
    public ReadOptions detect(InputSource source) throws DatasetReadException {
        return switch (format(source)) {
            case CSV -> CsvFormatDetector.detect(source);
            case XLSX, XLS -> ExcelReadOptions.defaults();
        };
    }

    public FileFormat format(InputSource source) throws DatasetReadException {
        try {
            return FileFormat.of(source);
        } catch (IOException e) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, source.name(), 0, 0,
                    "could not be read: " + e.getMessage(), e);
        }
    }

    /** The sheet names of a spreadsheet; empty for text files. */
    public List<String> sheetNames(InputSource source) throws DatasetReadException {
        return format(source) == FileFormat.CSV ? List.of() : ExcelDatasetReader.sheetNames(source);
    }

    /** The first {@link #PREVIEW_ROWS} rows, with types inferred from them alone. */
    public Dataset preview(InputSource source, ReadOptions options) throws DatasetReadException {
        return read(source, options, PREVIEW_ROWS, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * Reads the whole source and applies the type overrides.
     *
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public ImportResult importDataset(ImportRequest request, ProgressListener progress, CancellationToken cancel)
            throws DatasetReadException {
        long start = System.nanoTime();
        Dataset dataset = read(request.source(), request.options(), Integer.MAX_VALUE, progress, cancel);
        Map<String, List<InvalidValue>> invalid = new LinkedHashMap<>();
        for (Map.Entry<String, ColumnType> override : request.typeOverrides().entrySet()) {
            if (!dataset.hasColumn(override.getKey())) {
                continue; // the user changed the header setting after choosing a type; nothing to apply
            }
            int column = dataset.indexOf(override.getKey());
            dataset = dataset.withColumnType(column, override.getValue());
            List<InvalidValue> values = TypeCheck.invalidValues(dataset.column(column), override.getValue());
            if (!values.isEmpty()) {
                invalid.put(override.getKey(), values);
            }
        }
        return new ImportResult(dataset, request.source(), invalid, (System.nanoTime() - start) / 1_000_000);
    }

    private Dataset read(InputSource source, ReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) throws DatasetReadException {
        if (options instanceof CsvReadOptions csv) {
            return CsvDatasetReader.read(source, csv, maxRows, progress, cancel);
        }
        if (options instanceof ExcelReadOptions excel) {
            return ExcelDatasetReader.read(source, excel, maxRows, progress, cancel);
        }
        throw new IllegalArgumentException("no reader for " + options.getClass().getSimpleName());
    }
}
