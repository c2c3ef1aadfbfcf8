package org.veil.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.io.excel.ExcelReadOptions;
import org.veil.testing.DatasetRows;

/** The sample patients survive CSV → dataset → CSV or XLSX → dataset unchanged, types included. */
class ImportExportRoundTripTest {

    private static final ImportService IMPORTS = new ImportService();
    private static final ExportService EXPORTS = new ExportService();
    private static Dataset patients;

    @TempDir
    Path folder;

    @BeforeAll
    static void readSample() throws Exception {
        patients = importFile(SampleData.source(SampleData.HEALTH));
    }

    private static Dataset importFile(InputSource source) throws Exception {
        return IMPORTS.importDataset(new ImportRequest(source, IMPORTS.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
    }

    @Test
    void theSampleHasTheDocumentedShapeAndTypes() {
        assertEquals(20_000, patients.rowCount());
        assertEquals(12, patients.columnCount());
        assertEquals(ColumnType.date("yyyy-MM-dd"), patients.column("admission_date").type());
        assertEquals(ColumnType.INTEGER, patients.column("length_of_stay").type());
        assertEquals(ColumnType.DECIMAL, patients.column("cost").type());
    }

    @Test
    void csvRoundTripKeepsEveryValueAndType() throws Exception {
        Path target = folder.resolve("patients.csv");
        EXPORTS.exportCsv(patients, target, CsvWriteOptions.defaults().withDelimiter(';').withLineSeparator("\r\n"),
                null, ProgressListener.NONE, CancellationToken.NONE);
        assertSameData(patients, importFile(InputSource.of(target)));
    }

    @Test
    void xlsxRoundTripKeepsEveryValueAndType() throws Exception {
        Path target = folder.resolve("patients.xlsx");
        EXPORTS.exportXlsx(patients, target, null, ProgressListener.NONE, CancellationToken.NONE);
        InputSource source = InputSource.of(target);
        assertEquals(FileFormat.XLSX, IMPORTS.format(source));
        Dataset back = IMPORTS.importDataset(new ImportRequest(source, ExcelReadOptions.defaults()),
                ProgressListener.NONE, CancellationToken.NONE).dataset();
        assertSameData(patients, back);
    }

    @Test
    void importingLeavesTheInputFileUntouched() throws Exception {
        Path input = folder.resolve("input.csv");
        Files.copy(Path.of("sample-data", SampleData.HEALTH), input);
        Files.setLastModifiedTime(input, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(input);
        importFile(InputSource.of(input));
        assertArrayEquals(before, Files.readAllBytes(input));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(input));
    }

    @Test
    void exportRefusesTheInputFileAsTarget() throws IOException {
        Path input = folder.resolve("input.csv");
        Files.writeString(input, "a\n1\n");
        IOException e = assertThrows(IOException.class, () -> EXPORTS.exportXlsx(patients, input, input,
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("input file"), e.getMessage());
        assertEquals("a\n1\n", Files.readString(input));
    }

    @Test
    void appliesTypeOverridesAndListsInvalidValues() throws Exception {
        InputSource source = SampleData.source(SampleData.HEALTH);
        ImportResult result = IMPORTS.importDataset(new ImportRequest(source, IMPORTS.detect(source),
                Map.of("sex", ColumnType.INTEGER, "zip", ColumnType.STRING)), ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(ColumnType.STRING, result.dataset().column("zip").type());
        assertEquals(ColumnType.INTEGER, result.dataset().column("sex").type());
        assertEquals(20_000, result.invalidValues().get("sex").stream().mapToInt(v -> v.rows()).sum());
        assertEquals(1, result.invalidValues().size(), "zip has no invalid values as text");
    }

    private static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        for (int c = 0; c < expected.columnCount(); c++) {
            assertEquals(expected.column(c).type(), actual.column(c).type(), expected.column(c).name());
        }
        String[][] want = DatasetRows.rows(expected);
        String[][] got = DatasetRows.rows(actual);
        for (int r = 0; r < want.length; r++) {
            assertArrayEquals(want[r], got[r], "row " + (r + 1) + ": " + Arrays.toString(got[r]));
        }
    }
}
