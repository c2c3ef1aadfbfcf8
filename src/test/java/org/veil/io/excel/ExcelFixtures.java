package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.testing.DatasetRows;

/** Builds workbook fixtures with POI, the same content as .xlsx or .xls. */
final class ExcelFixtures {

    private ExcelFixtures() {
    }

    /** The two workbook formats, so that one test can run against both. */
    enum Kind {
        XLSX("xlsx"),
        XLS("xls");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    /** Fills a fresh workbook. */
    @FunctionalInterface
    interface Content {
        void fill(Workbook workbook) throws IOException;
    }

    /** A value shown through a number format, e.g. {@code 0.00} or {@code yyyy-mm-dd}. */
    record Formatted(Object value, String format) {
    }

    /** A formula; its cached result is whatever the workbook's evaluator (or a later setCellValue) stores. */
    record Formula(String formula) {
    }

    static Path write(Path folder, String baseName, Kind kind, Content content) throws IOException {
        Path file = folder.resolve(baseName + "." + kind.extension);
        try (Workbook workbook = kind.create(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** A workbook with one sheet of the given rows. */
    static Path workbook(Path folder, String baseName, Kind kind, Object[]... rows) throws IOException {
        return write(folder, baseName, kind, workbook -> sheet(workbook, "Sheet1", rows));
    }

    /**
     * Adds a sheet: row i of the array is sheet row i (0-based); a {@code null} row or cell is left
     * out of the file entirely. Formulas are evaluated so their results are cached in the file.
     */
    static Sheet sheet(Workbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    set(workbook, row.createCell(c), rows[r][c]);
                }
            }
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return sheet;
    }

    static void set(Workbook workbook, Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
        } else if (value instanceof Formatted formatted) {
            set(workbook, cell, formatted.value());
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException("no fixture cell for " + value);
        }
    }

    static Dataset read(Path file) throws DatasetReadException {
        return read(file, ExcelReadOptions.defaults());
    }

    static Dataset read(Path file, ExcelReadOptions options) throws DatasetReadException {
        return ExcelDatasetReader.read(InputSource.of(file), options, Integer.MAX_VALUE, ProgressListener.NONE,
                CancellationToken.NONE);
    }

    static String[][] rows(Dataset dataset) {
        return DatasetRows.rows(dataset);
    }

    static void assertRows(Dataset dataset, String[]... expected) {
        assertEquals(expected.length, dataset.rowCount(), "rows");
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], dataset.value(r, c), "row " + r + ", column " + c);
            }
            assertEquals(expected[r].length, dataset.columnCount(), "columns");
        }
    }

    /** The bytes of an .xlsx with one ZIP entry's content replaced, everything else copied as it is. */
    static byte[] replaceEntry(Path xlsx, String entryName, byte[] newContent) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(result)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(newContent);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    static String entryText(Path xlsx, String entryName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no entry " + entryName + " in " + xlsx);
    }
}
