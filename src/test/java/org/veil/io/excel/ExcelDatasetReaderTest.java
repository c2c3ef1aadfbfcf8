package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.veil.io.excel.ExcelFixtures.assertRows;
import static org.veil.io.excel.ExcelFixtures.read;
import static org.veil.io.excel.ExcelFixtures.rows;
import static org.veil.io.excel.ExcelFixtures.sheet;
import static org.veil.io.excel.ExcelFixtures.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.io.excel.ExcelFixtures.Formatted;
import org.veil.io.excel.ExcelFixtures.Formula;
import org.veil.io.excel.ExcelFixtures.Kind;

/** Reading values, sheets and layouts; problems are in {@link ExcelReadProblemsTest}. */
class ExcelDatasetReaderTest {

    private static final LocalDateTime MOMENT = LocalDateTime.of(2024, 3, 15, 13, 45, 30);

    @TempDir
    Path folder;

    /** One row of every kind of value, the same in both formats. */
    private Path everyKindOfValue(Kind kind) throws IOException {
        return workbook(folder, "values", kind,
                new Object[] {"text", "general", "big", "fraction", "two_places", "zip", "date", "datetime", "time",
                    "flag", "sum", "joined", "compare", "error"},
                new Object[] {"Zoë O'Neil", 42, 123456789012.0, 0.1, new Formatted(3.14159, "0.00"),
                    new Formatted(1234, "00000"), new Formatted(MOMENT, "yyyy-mm-dd"),
                    new Formatted(MOMENT, "m/d/yy h:mm:ss"), new Formatted(MOMENT, "h:mm:ss"), true,
                    new Formula("1+2"), new Formula("CONCATENATE(\"a\",\"b\")"), new Formula("1>2"),
                    new Formula("1/0")});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsEveryValueAsTheUserSeesIt(Kind kind) throws Exception {
        Dataset dataset = read(everyKindOfValue(kind));

        assertEquals(List.of("text", "general", "big", "fraction", "two_places", "zip", "date", "datetime", "time",
                "flag", "sum", "joined", "compare", "error"), dataset.columnNames());
        assertRows(dataset, new String[] {"Zoë O'Neil", "42", "123456789012", "0.1", "3.14", "01234", "2024-03-15",
            "2024-03-15 13:45:30", "13:45:30", "TRUE", "3", "ab", "FALSE", "#DIV/0!"});
    }

    @Test
    void readsXlsxAndXlsToIdenticalDatasets() throws Exception {
        Dataset xlsx = read(everyKindOfValue(Kind.XLSX));
        Dataset xls = read(everyKindOfValue(Kind.XLS));

        assertEquals(xlsx.columnNames(), xls.columnNames());
        assertArrayEquals(rows(xlsx), rows(xls));
        for (int c = 0; c < xlsx.columnCount(); c++) {
            assertEquals(xlsx.column(c).type(), xls.column(c).type(), xlsx.column(c).name());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsDatesSoThatTypeInferenceRecognisesThem(Kind kind) throws Exception {
        Path file = workbook(folder, "dates", kind,
                new Object[] {"born", "seen"},
                new Object[] {new Formatted(MOMENT, "d.m.yyyy"), new Formatted(MOMENT, "dd/mm/yyyy hh:mm")},
                new Object[] {new Formatted(MOMENT.plusDays(1), "d.m.yyyy"), null});

        Dataset dataset = read(file);

        assertRows(dataset, new String[] {"2024-03-15", "2024-03-15 13:45:30"}, new String[] {"2024-03-16", null});
        assertEquals(ColumnType.date("yyyy-MM-dd"), dataset.column("born").type());
        assertEquals(ColumnType.date("yyyy-MM-dd HH:mm:ss"), dataset.column("seen").type());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsNumbersInGeneralFormatAtFullPrecision(Kind kind) throws Exception {
        Path file = workbook(folder, "numbers", kind,
                new Object[] {"n"}, new Object[] {123456789012345.0}, new Object[] {-0.000123},
                new Object[] {1e21}, new Object[] {2.5});

        assertRows(read(file), new String[] {"123456789012345"}, new String[] {"-0.000123"},
                new String[] {"1E+21"}, new String[] {"2.5"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsElapsedTimesAndNumbersInTextFormatAsExcelShowsThem(Kind kind) throws Exception {
        Path file = workbook(folder, "shown", kind,
                new Object[] {"elapsed", "as_text", "percent"},
                new Object[] {new Formatted(1.5, "[h]:mm:ss"), new Formatted(123456789012.0, "@"),
                    new Formatted(0.256, "0.0%")});

        assertRows(read(file), new String[] {"36:00:00", "123456789012", "25.6%"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsFormulaCellsAsTheirCachedResult(Kind kind) throws Exception {
        Path file = ExcelFixtures.write(folder, "stale", kind, workbook -> {
            sheet(workbook, "Sheet1", new Object[] {"n", "s", "b", "e"},
                    new Object[] {new Formula("1+1"), new Formula("\"x\""), new Formula("TRUE"), new Formula("1")});
            // Stale cached results, as a workbook saved without recalculation has: they must be read, not recomputed.
            var row = workbook.getSheetAt(0).getRow(1);
            row.getCell(0).setCellValue(5);
            row.getCell(1).setCellValue("cached");
            row.getCell(2).setCellValue(false);
            row.getCell(3).setCellErrorValue(FormulaError.NA.getCode());
        });

        assertRows(read(file), new String[] {"5", "cached", "FALSE", "#N/A"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void treatsEmptyCellsAndMissingTokensAsMissing(Kind kind) throws Exception {
        Path file = workbook(folder, "missing", kind,
                new Object[] {"a", "b", "c"},
                new Object[] {"NA", "", "x"},
                new Object[] {"?", "n/a", "-"});

        Dataset dataset = read(file, ExcelReadOptions.defaults().withMissingTokens(Set.of("NA", "?", "-")));

        assertRows(dataset, new String[] {null, null, "x"}, new String[] {null, "n/a", null});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fillsSparseRowsWithMissingValuesAndSkipsRowsWithoutCells(Kind kind) throws Exception {
        Path file = workbook(folder, "sparse", kind,
                new Object[] {"a", "b", "c"},
                new Object[] {null, "middle", null},
                null,
                new Object[] {"first"},
                new Object[] {null, null, "last"});

        assertRows(read(file), new String[] {null, "middle", null}, new String[] {"first", null, null},
                new String[] {null, null, "last"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void choosesTheSheetByNameAndTheFirstSheetByDefault(Kind kind) throws Exception {
        Path file = ExcelFixtures.write(folder, "two", kind, workbook -> {
            sheet(workbook, "Patients", new Object[] {"id"}, new Object[] {"p1"});
            sheet(workbook, "Visits", new Object[] {"visit"}, new Object[] {"v1"}, new Object[] {"v2"});
        });

        assertEquals(List.of("Patients", "Visits"), ExcelDatasetReader.sheetNames(InputSource.of(file)));
        assertRows(read(file), new String[] {"p1"});
        Dataset visits = read(file, ExcelReadOptions.defaults().withSheet("Visits"));
        assertEquals(List.of("visit"), visits.columnNames());
        assertRows(visits, new String[] {"v1"}, new String[] {"v2"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void skipsRowsAboveTheFirstRow(Kind kind) throws Exception {
        Path file = workbook(folder, "title", kind,
                new Object[] {"Quarterly report", null, "confidential"},
                new Object[] {},
                new Object[] {" id ", "age"},
                new Object[] {"a", 30});

        Dataset dataset = read(file, ExcelReadOptions.defaults().withFirstRow(2));

        assertEquals(List.of("id", "age"), dataset.columnNames());
        assertRows(dataset, new String[] {"a", "30"});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void namesColumnsByNumberWithoutHeaderAndTakesTheWidestRow(Kind kind) throws Exception {
        Path file = workbook(folder, "noheader", kind,
                new Object[] {"a"},
                new Object[] {"b", null, "c"},
                new Object[] {null, "d"});

        Dataset dataset = read(file, ExcelReadOptions.defaults().withHeader(false));

        assertEquals(List.of("Column 1", "Column 2", "Column 3"), dataset.columnNames());
        assertRows(dataset, new String[] {"a", null, null}, new String[] {"b", null, "c"},
                new String[] {null, "d", null});
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsNoMoreThanMaxRows(Kind kind) throws Exception {
        Path file = workbook(folder, "preview", kind,
                new Object[] {"n"}, new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {"x"});

        Dataset preview = ExcelDatasetReader.read(InputSource.of(file), ExcelReadOptions.defaults(), 2,
                ProgressListener.NONE, CancellationToken.NONE);

        assertRows(preview, new String[] {"1"}, new String[] {"2"});
        assertEquals(ColumnType.INTEGER, preview.column(0).type());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsBytesInMemoryLikeAFile(Kind kind) throws Exception {
        Path file = everyKindOfValue(kind);
        InputSource inMemory = InputSource.ofBytes("values." + kind.extension, Files.readAllBytes(file));

        Dataset fromBytes = ExcelDatasetReader.read(inMemory, ExcelReadOptions.defaults(), Integer.MAX_VALUE,
                ProgressListener.NONE, CancellationToken.NONE);

        assertArrayEquals(rows(read(file)), rows(fromBytes));
        assertEquals(List.of("Sheet1"), ExcelDatasetReader.sheetNames(inMemory));
    }

    @Test
    void recognisesTheFormatByContentNotByExtension() throws Exception {
        Path xlsx = workbook(folder, "real", Kind.XLSX, new Object[] {"a"}, new Object[] {"1"});
        Path xls = workbook(folder, "old", Kind.XLS, new Object[] {"a"}, new Object[] {"2"});
        Path misnamedXlsx = Files.move(xlsx, folder.resolve("actually-xlsx.xls"));
        Path misnamedXls = Files.move(xls, folder.resolve("actually-xls.xlsx"));

        assertRows(read(misnamedXlsx), new String[] {"1"});
        assertRows(read(misnamedXls), new String[] {"2"});
    }

    @Test
    void readsDatesOfWorkbooksCountingFrom1904() throws Exception {
        Path file = ExcelFixtures.write(folder, "mac", Kind.XLSX, workbook -> {
            ((XSSFWorkbook) workbook).getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            sheet(workbook, "Sheet1", new Object[] {"d"}, new Object[] {new Formatted(MOMENT, "yyyy-mm-dd")});
        });

        assertRows(read(file), new String[] {"2024-03-15"});
    }

    @Test
    void keepsFormulaLikeTextAndLeadingZerosOfTextCells() throws Exception {
        Path file = workbook(folder, "texts", Kind.XLSX, new Object[] {"t"}, new Object[] {"=1+1"},
                new Object[] {"007"}, new Object[] {"  spaced  "});

        assertRows(read(file), new String[] {"=1+1"}, new String[] {"007"}, new String[] {"  spaced  "});
    }

    @Test
    void rejectsAPreviewOfNoRows() {
        assertThrows(IllegalArgumentException.class, () -> ExcelDatasetReader.read(
                InputSource.ofBytes("x.xlsx", new byte[] {1}), ExcelReadOptions.defaults(), 0,
                ProgressListener.NONE, CancellationToken.NONE));
    }

    @Test
    void formatCodesIgnoreQuotedTextAndBrackets() {
        assertEquals("yyyy-mm-dd", ExcelValueFormatter.formatCodes("[$-409]yyyy-mm-dd\" hours\""));
        assertEquals("h:mm", ExcelValueFormatter.formatCodes("h:mm\\h_)* "));
    }
}
