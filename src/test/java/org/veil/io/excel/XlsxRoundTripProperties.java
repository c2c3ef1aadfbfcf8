package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;

/** Whatever a dataset holds, exporting it to .xlsx and importing that gives the same values. */
class XlsxRoundTripProperties {

    @Property(tries = 60)
    void exportingAndImportingPreservesEveryValue(@ForAll("tables") String[][] table) throws Exception {
        DatasetBuilder builder = new DatasetBuilder(List.of("text", "number"), table.length);
        for (String[] row : table) {
            builder.addRow(row);
        }
        Dataset original = builder.build();
        Path folder = Files.createTempDirectory("xlsx-round-trip");
        Path file = folder.resolve("round.xlsx");
        try {
            XlsxDatasetWriter.write(original, file, "Data", ProgressListener.NONE, CancellationToken.NONE);
            Dataset back = ExcelDatasetReader.read(InputSource.of(file),
                    ExcelReadOptions.defaults().withMissingTokens(Set.of()), Integer.MAX_VALUE,
                    ProgressListener.NONE, CancellationToken.NONE);

            assertEquals(original.columnNames(), back.columnNames());
            assertArrayEquals(ExcelFixtures.rows(original), ExcelFixtures.rows(back));
        } finally {
            Files.deleteIfExists(file);
            Files.delete(folder);
        }
    }

    @Provide
    Arbitrary<String[][]> tables() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("_x0123456789ABCDEF \t\n=+-'\"<>&").ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("=1+1", "_x0041_", "TRUE", "#DIV/0!", "007", " lead", "trail ", "1.50", "Zoë 😀"));
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.longs().map(n -> Long.toString(n)),
                Arbitraries.doubles().map(NumberToTextConverter::toText),
                Arbitraries.bigDecimals().ofScale(3).map(BigDecimal::toPlainString),
                Arbitraries.of("0", "-0", "1e5", "0.1", "123456789012345678"));
        // A row without any value has no cells in the sheet, and the import skips such rows.
        Arbitrary<String[]> row = Combinators.combine(text.injectNull(0.2), number.injectNull(0.2))
                .as((t, n) -> new String[] {t, n})
                .filter(r -> r[0] != null || r[1] != null);
        return row.array(String[][].class).ofMinSize(1).ofMaxSize(12);
    }
}
