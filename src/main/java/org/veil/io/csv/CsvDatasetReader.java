package org.veil.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.CountingInputStream;
import org.veil.io.DatasetReadException;
import org.veil.io.HeaderNames;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.io.RowEncodingPipeline;

/**
 * Reads delimited text into a dictionary-encoded {@link Dataset} in one streaming pass. Every cell
 * goes straight into its column's dictionary; the file's text is never held whole in memory.
 *
 * <p>Errors name the file, line and column: a row with the wrong number of fields, an unterminated
 * quote, bytes the charset cannot decode, a blank or duplicate header, an empty file.
 */
public final class CsvDatasetReader {

    private static final int ROWS_PER_PROGRESS = 1 << 14;
    private static final int ROWS_PER_CANCEL_CHECK = 1 << 10;

    private final InputSource source;
    private final CsvReadOptions options;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    private CsvDatasetReader(InputSource source, CsvReadOptions options, ProgressListener progress,
            CancellationToken cancel) {
        this.source = source;
        this.options = options;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Reads at most {@code maxRows} data rows ({@link Integer#MAX_VALUE} for all; fewer for a preview).
     *
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public static Dataset read(InputSource source, CsvReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) throws DatasetReadException {
        return new CsvDatasetReader(source, options, progress, cancel).read(maxRows);
    }

    static CSVFormat format(CsvReadOptions options) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setIgnoreEmptyLines(true)
                .setTrim(options.trimValues())
                .get();
    }

    private Dataset read(int maxRows) throws DatasetReadException {
        CountingInputStream counted = null;
        try {
            counted = new CountingInputStream(source.open());
            try (Reader reader = TextStreams.reader(counted, options.charset(), true);
                    CSVParser parser = format(options).parse(reader)) {
                return readRecords(parser.iterator(), counted, maxRows);
            }
        } catch (UncheckedIOException e) {
            throw CsvErrors.translate(e.getCause(), source, options);
        } catch (IOException e) {
            throw CsvErrors.translate(e, source, options);
        }
    }

    private Dataset readRecords(Iterator<CSVRecord> records, CountingInputStream counted, int maxRows)
            throws DatasetReadException, IOException {
        if (!records.hasNext()) {
            throw new DatasetReadException(ImportProblem.EMPTY_FILE, source.name(), "the file is empty");
        }
        CSVRecord first = records.next();
        List<String> names = options.hasHeader()
                ? HeaderNames.validate(first.toList(), source.name(), lineOf(first))
                : HeaderNames.generated(first.size());
        int width = names.size();
        DatasetBuilder builder = new DatasetBuilder(names, 0, options.missingTokens());
        try (RowEncodingPipeline rows = new RowEncodingPipeline(builder)) {
            if (!options.hasHeader()) {
                rows.add(first.values());
            }
            long size = source.size();
            while (rows.rowCount() < maxRows && records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != width) {
                    throw raggedRow(record, names);
                }
                rows.add(record.values());
                int count = rows.rowCount();
                if (count % ROWS_PER_CANCEL_CHECK == 0) {
                    cancel.throwIfCancelled();
                    if (count % ROWS_PER_PROGRESS == 0) {
                        progress.progress(size > 0 ? Math.min(1, (double) counted.count() / size)
                                : ProgressListener.INDETERMINATE, String.format("Reading rows… %,d", count));
                    }
                }
            }
            if (rows.rowCount() == 0) {
                throw new DatasetReadException(ImportProblem.NO_DATA_ROWS, source.name(),
                        "the file has a header but no data rows");
            }
            progress.progress(1, "Encoding columns…");
            return rows.finish();
        }
    }

    private DatasetReadException raggedRow(CSVRecord record, List<String> names) throws IOException {
        long line = lineOf(record);
        int fields = record.size();
        String detail;
        int column;
        if (fields > names.size()) {
            column = names.size() + 1;
            detail = "the row has " + fields + " fields but " + reference() + " has " + names.size()
                    + " (extra value '" + record.get(names.size()) + "'); check for an unquoted delimiter";
        } else {
            column = fields + 1;
            detail = "the row has " + fields + (fields == 1 ? " field" : " fields") + " but " + reference()
                    + " has " + names.size() + " (no value for '" + names.get(fields) + "')";
        }
        return new DatasetReadException(ImportProblem.RAGGED_ROW, source.name(), line, column, detail);
    }

    /** What a row's width is compared with. */
    private String reference() {
        return options.hasHeader() ? "the header" : "the first row";
    }

    private long lineOf(CSVRecord record) throws IOException {
        return TextLocator.positionOf(source, options.charset(), record.getCharacterPosition()).line();
    }
}
