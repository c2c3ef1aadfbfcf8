package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.io.excel.ExcelFixtures.rows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.data.Dictionary;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;

class XlsxDatasetWriterTest {

    @TempDir
    Path folder;

    private static Dataset dataset(List<String> names, String[]... rows) {
        DatasetBuilder builder = new DatasetBuilder(names, rows.length);
        for (String[] row : rows) {
            builder.addRow(row);
        }
        return builder.build();
    }

    private static Dataset patients() {
        return dataset(List.of("id", "age", "weight", "born", "note"),
                new String[] {"P-001", "34", "71.5", "1990-02-28", "=1+1"},
                new String[] {"P-002", null, "80", "1985-12-01", null},
                new String[] {"P-003", "-7", "0.125", null, "Zoë, \"quoted\"\nnext line"},
                new String[] {"007", "12", "1e3", "2001-07-04", "  padded  "});
    }

    private Path write(Dataset dataset, String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        XlsxDatasetWriter.write(dataset, target, "Patients", ProgressListener.NONE, CancellationToken.NONE);
        return target;
    }

    private static XSSFSheet firstSheet(XSSFWorkbook workbook) {
        return workbook.getSheetAt(0);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void roundTripKeepsNamesValuesMissingValuesAndTypes() throws Exception {
        Dataset original = patients();

        Dataset back = ExcelFixtures.read(write(original, "round.xlsx"),
                ExcelReadOptions.defaults().withSheet("Patients").withMissingTokens(Set.of()));

        assertEquals(original.columnNames(), back.columnNames());
        assertArrayEquals(rows(original), rows(back));
        for (int c = 0; c < original.columnCount(); c++) {
            assertEquals(original.column(c).type(), back.column(c).type(), original.column(c).name());
        }
    }

    @Test
    void writesNumbersAsNumericCellsOnlyWhenTheyReadBackIdentically() throws Exception {
        Dataset dataset = dataset(List.of("int", "dec", "text"),
                new String[] {"42", "1.5", "42"},
                new String[] {"123456789012345678", "1.50", "x"},
                new String[] {"-3", "2.5E-7", "7"});
        assertEquals(ColumnType.INTEGER, dataset.column("int").type());
        assertEquals(ColumnType.DECIMAL, dataset.column("dec").type());

        try (XSSFWorkbook workbook = open(write(dataset, "cells.xlsx"))) {
            XSSFSheet sheet = firstSheet(workbook);
            assertCell(sheet, 1, 0, CellType.NUMERIC, "42");
            assertCell(sheet, 1, 1, CellType.NUMERIC, "1.5");
            assertCell(sheet, 1, 2, CellType.STRING, "42");
            assertCell(sheet, 2, 0, CellType.STRING, "123456789012345678"); // beyond 15 digits Excel would round
            assertCell(sheet, 2, 1, CellType.STRING, "1.50"); // Excel would drop the trailing zero
            assertCell(sheet, 3, 0, CellType.NUMERIC, "-3");
            assertCell(sheet, 3, 1, CellType.STRING, "2.5E-7"); // Excel writes 2.5E-07
        }
    }

    private static void assertCell(XSSFSheet sheet, int row, int column, CellType type, String text) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        assertEquals(type, cell.getCellType(), "cell " + cell.getReference());
        String actual = type == CellType.NUMERIC
                ? NumberToTextConverter.toText(cell.getNumericCellValue())
                : cell.getStringCellValue();
        assertEquals(text, actual, "cell " + cell.getReference());
    }

    @Test
    void keepsControlCharactersLoneSurrogatesAndEscapeLikeTextThroughTheRoundTrip() throws Exception {
        String[] tricky = {"bell\u0007", "_x0041_", "a_x005F_b", "lone \uD800 high", "\uFFFF", "Zoë 😀",
            "tab\tcr\rlf\n", "_x12_", "_xZZZZ_"};
        String[][] rows = new String[tricky.length][];
        for (int i = 0; i < tricky.length; i++) {
            rows[i] = new String[] {tricky[i]};
        }
        Dataset original = dataset(List.of("text \u0001 _x0042_"), rows);

        Dataset back = ExcelFixtures.read(write(original, "tricky.xlsx"),
                ExcelReadOptions.defaults().withMissingTokens(Set.of()));

        assertEquals(original.columnNames(), back.columnNames());
        assertArrayEquals(rows(original), rows(back));
    }

    @Test
    void storesTextInExcelsEscapeOnlyWhereXmlCannotCarryIt() {
        String plain = "plain text, _x_ and x0041";
        assertTrue(plain == XlsxCellValues.storedText(plain), "unchanged text is not copied");
        assertEquals("_x0001_", XlsxCellValues.storedText("\u0001"));
        assertEquals("_x005F_x0041_", XlsxCellValues.storedText("_x0041_"));
        assertEquals("a_xD800_b", XlsxCellValues.storedText("a\uD800b"));
        assertEquals("😀", XlsxCellValues.storedText("😀"));
    }

    @Test
    void writesTextStartingWithEqualsAsTextNeverAsFormula() throws Exception {
        try (XSSFWorkbook workbook = open(write(patients(), "formula.xlsx"))) {
            XSSFCell cell = firstSheet(workbook).getRow(1).getCell(4);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=1+1", cell.getStringCellValue());
        }
    }

    @Test
    void writesABoldHeaderEmptyCellsForMissingValuesAndTheSheetName() throws Exception {
        try (XSSFWorkbook workbook = open(write(patients(), "layout.xlsx"))) {
            XSSFSheet sheet = firstSheet(workbook);
            assertEquals("Patients", sheet.getSheetName());
            Row header = sheet.getRow(0);
            for (int c = 0; c < 5; c++) {
                assertTrue(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold());
            }
            assertEquals(null, sheet.getRow(2).getCell(1), "missing age leaves no cell");
            assertFalse(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void replacesCharactersExcelForbidsInTheSheetName() throws Exception {
        Path target = folder.resolve("names.xlsx");
        XlsxDatasetWriter.write(patients(), target, "2024/05: results?", ProgressListener.NONE, CancellationToken.NONE);

        try (XSSFWorkbook workbook = open(target)) {
            assertEquals("2024_05_ results_", firstSheet(workbook).getSheetName());
        }
    }

    @Test
    void reportsProgressUpToCompletion() throws Exception {
        List<Double> fractions = new ArrayList<>();
        XlsxDatasetWriter.write(patients(), folder.resolve("p.xlsx"), null,
                (fraction, phase) -> fractions.add(fraction), CancellationToken.NONE);

        assertEquals(0.0, fractions.get(0));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    /** A dataset big enough that rows are flushed to temporary files before the cancel. */
    private static Dataset manyRows(int rows) {
        DatasetBuilder builder = new DatasetBuilder(List.of("id", "value"), rows);
        for (int r = 0; r < rows; r++) {
            builder.addRow("id" + r, Integer.toString(r % 97));
        }
        return builder.build();
    }

    @Test
    void cancelMidWriteLeavesThePreviousFileIntactAndNoTemporaryFiles() throws Exception {
        Path target = Files.writeString(folder.resolve("export.xlsx"), "previous export");
        Set<Path> poiTempFiles = poiTempFiles();
        CancellationToken cancel = new CancellationToken();

        assertThrows(CancelledException.class, () -> XlsxDatasetWriter.write(manyRows(10_000), target, "Data",
                (fraction, phase) -> cancel.cancel(), cancel));

        assertUntouched(target, poiTempFiles);
    }

    @Test
    void failureMidWriteLeavesThePreviousFileIntactAndNoTemporaryFiles() throws Exception {
        Path target = Files.writeString(folder.resolve("export.xlsx"), "previous export");
        Set<Path> poiTempFiles = poiTempFiles();
        ProgressListener failingAfterSomeRows = (fraction, phase) -> {
            if (fraction > 0) {
                throw new IllegalStateException("simulated failure");
            }
        };

        assertThrows(IllegalStateException.class, () -> XlsxDatasetWriter.write(manyRows(10_000), target, "Data",
                failingAfterSomeRows, CancellationToken.NONE));

        assertUntouched(target, poiTempFiles);
    }

    private void assertUntouched(Path target, Set<Path> poiTempFilesBefore) throws IOException {
        assertEquals("previous export", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary file next to the target");
        }
        assertEquals(poiTempFilesBefore, poiTempFiles(), "POI's temporary sheet files are deleted");
    }

    /** The temporary files SXSSF keeps its flushed rows in. */
    private static Set<Path> poiTempFiles() throws IOException {
        Path poiFolder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poiFolder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(poiFolder)) {
            return Set.copyOf(files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).toList());
        }
    }

    @Test
    void rejectsMoreColumnsThanExcelAllowsBeforeWriting() {
        List<Column> columns = new ArrayList<>();
        for (int c = 1; c <= XlsxDatasetWriter.MAX_COLUMNS + 1; c++) {
            columns.add(new Column("c" + c, ColumnType.STRING, Dictionary.of("x"), new int[] {0}));
        }
        Dataset wide = new Dataset(columns);
        Path target = folder.resolve("wide.xlsx");

        IOException e = assertThrows(IOException.class, () -> XlsxDatasetWriter.write(wide, target, "Data",
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("16385 columns") && e.getMessage().contains("16384"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void rejectsMoreRowsThanExcelAllowsBeforeWriting() {
        DatasetBuilder builder = new DatasetBuilder(List.of("n"), XlsxDatasetWriter.MAX_DATA_ROWS + 1);
        for (int r = 0; r <= XlsxDatasetWriter.MAX_DATA_ROWS; r++) {
            builder.addCell(0, "1");
            builder.endRow();
        }
        Path target = folder.resolve("long.xlsx");

        IOException e = assertThrows(IOException.class, () -> XlsxDatasetWriter.write(builder.build(), target, "Data",
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("1048576 rows") && e.getMessage().contains("1048575"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void rejectsTextLongerThanAnExcelCellHoldsNamingTheCell() {
        Dataset dataset = dataset(List.of("a", "b"), new String[] {"x", "y"}, new String[] {"z", "w".repeat(32_768)});
        Path target = folder.resolve("long_text.xlsx");

        IOException e = assertThrows(IOException.class, () -> XlsxDatasetWriter.write(dataset, target, "Data",
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("B3"), e.getMessage());
        assertFalse(Files.exists(target));
    }
}
