package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.io.excel.ExcelFixtures.Kind;

/** Long reads: progress, cancellation, and the input file left exactly as it was. */
class ExcelReadProgressTest {

    private static final int ROWS = 30_000;

    @TempDir
    Path folder;

    /** A sheet of {@link #ROWS} data rows; .xlsx is written streaming, like the large files users bring. */
    private Path largeWorkbook(Kind kind) throws IOException {
        Path file = folder.resolve("large." + kind.extension);
        try (Workbook workbook = kind == Kind.XLSX ? new SXSSFWorkbook(100) : kind.create();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("value");
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("id" + r);
                row.createCell(1).setCellValue(r * 0.5);
            }
            workbook.write(out);
        }
        return file;
    }

    private record Report(double fraction, String phase) {
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsALargeSheetReportingDeterminateProgress(Kind kind) throws Exception {
        Path file = largeWorkbook(kind);
        List<Report> reports = new ArrayList<>();

        Dataset dataset = ExcelDatasetReader.read(InputSource.of(file), ExcelReadOptions.defaults(), Integer.MAX_VALUE,
                (fraction, phase) -> reports.add(new Report(fraction, phase)), CancellationToken.NONE);

        assertEquals(ROWS, dataset.rowCount());
        assertEquals("id30000", dataset.value(ROWS - 1, 0));
        assertEquals("15000", dataset.value(ROWS - 1, 1));
        List<Report> during = reports.subList(1, reports.size() - 1);
        assertEquals(ROWS / 10_000, during.size(), reports.toString());
        for (int i = 0; i < during.size(); i++) {
            double fraction = during.get(i).fraction();
            assertTrue(fraction > 0 && fraction <= 1, reports.toString());
            assertTrue(i == 0 || fraction > during.get(i - 1).fraction(), reports.toString());
            assertEquals("Reading rows…", during.get(i).phase());
        }
        assertEquals(1.0, reports.get(reports.size() - 1).fraction());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void stopsWithCancelledExceptionWhenCancelledDuringTheRead(Kind kind) throws Exception {
        Path file = largeWorkbook(kind);
        CancellationToken cancel = new CancellationToken();
        List<Double> fractions = new ArrayList<>();
        ProgressListener cancelAtFirstRows = (fraction, phase) -> {
            fractions.add(fraction);
            if (fraction > 0) {
                cancel.cancel();
            }
        };

        assertThrows(CancelledException.class, () -> ExcelDatasetReader.read(InputSource.of(file),
                ExcelReadOptions.defaults(), Integer.MAX_VALUE, cancelAtFirstRows, cancel));
        assertEquals(2, fractions.size(), "stopped within the next thousand rows: " + fractions);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void stopsBeforeReadingWhenAlreadyCancelled(Kind kind) throws Exception {
        Path file = ExcelFixtures.workbook(folder, "small", kind, new Object[] {"a"}, new Object[] {"1"});
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        assertThrows(CancelledException.class, () -> ExcelDatasetReader.read(InputSource.of(file),
                ExcelReadOptions.defaults(), Integer.MAX_VALUE, ProgressListener.NONE, cancel));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void leavesTheInputFileBytesAndModificationTimeUnchanged(Kind kind) throws Exception {
        Path file = ExcelFixtures.workbook(folder, "input", kind,
                new Object[] {"id", "n"}, new Object[] {"a", new ExcelFixtures.Formula("1+1")});
        FileTime past = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        Files.setLastModifiedTime(file, past);
        byte[] before = Files.readAllBytes(file);

        ExcelDatasetReader.sheetNames(InputSource.of(file));
        ExcelFixtures.read(file);
        ExcelDatasetReader.read(InputSource.of(file), ExcelReadOptions.defaults(), 1, ProgressListener.NONE,
                CancellationToken.NONE);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(past, Files.getLastModifiedTime(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no side files next to the input");
        }
    }
}
