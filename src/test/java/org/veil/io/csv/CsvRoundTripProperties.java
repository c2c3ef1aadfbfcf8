package org.veil.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;

/** Whatever a dataset holds, writing it as CSV and reading it back gives the same dataset. */
class CsvRoundTripProperties {

    @Property(tries = 200)
    void writingAndReadingBackPreservesEveryValue(@ForAll("datasets") String[][] table,
            @ForAll("delimiters") char delimiter) throws Exception {
        Dataset original = build(table);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriteOptions writeOptions = CsvWriteOptions.defaults().withDelimiter(delimiter)
                .withNeutraliseFormulas(false);
        CsvDatasetWriter.write(original, out, writeOptions, ProgressListener.NONE, CancellationToken.NONE);

        InputSource source = InputSource.ofBytes("round.csv", out.toByteArray());
        CsvReadOptions readOptions = CsvReadOptions.defaults().withDelimiter(delimiter)
                .withMissingTokens(Set.of(""));
        Dataset back = CsvDatasetReader.read(source, readOptions, Integer.MAX_VALUE, ProgressListener.NONE,
                CancellationToken.NONE);

        assertEquals(original.columnNames(), back.columnNames());
        assertArrayEquals(CsvTestSupport.rows(original), CsvTestSupport.rows(back));
        assertEquals(original.column(0).type(), back.column(0).type());
    }

    @Property(tries = 50)
    void detectionFindsTheDelimiterOfWrittenFiles(@ForAll("delimitedTables") DelimitedTable sample)
            throws Exception {
        Dataset original = build(sample.table());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDatasetWriter.write(original, out, CsvWriteOptions.defaults().withDelimiter(sample.delimiter()),
                ProgressListener.NONE, CancellationToken.NONE);
        if (original.columnCount() > 1) {
            CsvReadOptions detected = CsvFormatDetector.detect(InputSource.ofBytes("d.csv", out.toByteArray()));
            assertEquals(sample.delimiter(), detected.delimiter(), out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A table whose cells hold quotes, line breaks and the delimiter it is written with, but no other delimiter. */
    record DelimitedTable(char delimiter, String[][] table) {
    }

    private static Dataset build(String[][] table) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table[0].length; c++) {
            names.add("col" + c);
        }
        DatasetBuilder builder = new DatasetBuilder(names, 0);
        for (String[] row : table) {
            builder.addRow(row);
        }
        return builder.build();
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Provide
    Arbitrary<String[][]> datasets() {
        return tables("abc ,;|\t\"'\n\r=é東");
    }

    @Provide
    Arbitrary<DelimitedTable> delimitedTables() {
        return delimiters().flatMap(d -> tables("abc \"'\n=é東" + d).map(t -> new DelimitedTable(d, t)));
    }

    private static Arbitrary<String[][]> tables(String alphabet) {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars(alphabet).ofMinLength(1).ofMaxLength(8),
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.just(null));
        return Arbitraries.integers().between(1, 5).flatMap(columns ->
                Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.just(columns))
                        .flatAs((rows, cols) -> cell.array(String[].class).ofSize(cols)
                                .array(String[][].class).ofSize(rows)));
    }
}
