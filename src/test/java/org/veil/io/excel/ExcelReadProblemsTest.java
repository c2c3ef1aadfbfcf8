package org.veil.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.io.excel.ExcelFixtures.read;
import static org.veil.io.excel.ExcelFixtures.sheet;
import static org.veil.io.excel.ExcelFixtures.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.io.excel.ExcelFixtures.Kind;

/** Every kind of problem, each with its own fixture: the kind, where it is, and a message naming the file. */
class ExcelReadProblemsTest {

    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";

    @TempDir
    Path folder;

    private static DatasetReadException assertProblem(ImportProblem problem, long line, int column, String fileName,
            Executable reading) {
        DatasetReadException e = assertThrows(DatasetReadException.class, reading);
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(fileName, e.source());
        assertTrue(e.getMessage().startsWith(fileName), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsABlankHeaderCellNamingItsRowAndColumn(Kind kind) throws Exception {
        Path file = workbook(folder, "blank_header", kind,
                new Object[] {"title"}, null,
                new Object[] {"id", "  ", "age"},
                new Object[] {"a", "b", 3});

        DatasetReadException e = assertProblem(ImportProblem.BLANK_HEADER, 3, 2, file.getFileName().toString(),
                () -> read(file, ExcelReadOptions.defaults().withFirstRow(2)));
        assertTrue(e.getMessage().contains("B3") && e.getMessage().contains("'Sheet1'"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsADuplicateHeaderNamingBothColumns(Kind kind) throws Exception {
        Path file = workbook(folder, "duplicate_header", kind,
                new Object[] {"id", "age", "name", "age "},
                new Object[] {"a", 1, "n", 2});

        DatasetReadException e = assertProblem(ImportProblem.DUPLICATE_HEADER, 1, 4, file.getFileName().toString(),
                () -> read(file));
        assertTrue(e.getMessage().contains("columns B and D") && e.getMessage().contains("'age'"), e.getMessage());
        assertTrue(e.getMessage().contains("'Sheet1'"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsAValueRightOfTheLastHeaderColumnNamingTheCell(Kind kind) throws Exception {
        Object[][] rows = new Object[12][];
        rows[0] = new Object[] {"a", "b", "c", "d", "e", "f", "g"};
        for (int r = 1; r < 11; r++) {
            rows[r] = new Object[] {"x" + r, null, null, null, null, null, "y"};
        }
        rows[11] = new Object[] {"x", null, null, null, null, null, null, "stray"};
        Path file = workbook(folder, "outside", kind, rows);

        DatasetReadException e = assertProblem(ImportProblem.CELL_OUTSIDE_HEADER, 12, 8,
                file.getFileName().toString(), () -> read(file));
        assertTrue(e.getMessage().contains("Sheet1!H12"), e.getMessage());
        assertFalse(e.getMessage().contains("stray"), "cell contents may be personal data: " + e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsASheetWithoutRowsAsEmpty(Kind kind) throws Exception {
        Path file = ExcelFixtures.write(folder, "empty_sheet", kind, workbook -> {
            sheet(workbook, "Sheet1");
            sheet(workbook, "Notes", new Object[] {"x"});
        });

        DatasetReadException e = assertProblem(ImportProblem.EMPTY_FILE, 0, 0, file.getFileName().toString(),
                () -> read(file));
        assertTrue(e.getMessage().contains("'Sheet1'"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsAHeaderWithoutDataRows(Kind kind) throws Exception {
        Path file = workbook(folder, "header_only", kind, null, new Object[] {"id", "age"}, new Object[] {"", ""});

        DatasetReadException e = assertProblem(ImportProblem.NO_DATA_ROWS, 2, 0, file.getFileName().toString(),
                () -> read(file));
        assertTrue(e.getMessage().contains("'Sheet1'"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsAnUnknownSheetListingTheSheets(Kind kind) throws Exception {
        Path file = ExcelFixtures.write(folder, "sheets", kind, workbook -> {
            sheet(workbook, "Patients", new Object[] {"id"}, new Object[] {"1"});
            sheet(workbook, "Visits", new Object[] {"id"}, new Object[] {"1"});
        });

        DatasetReadException e = assertProblem(ImportProblem.NO_SUCH_SHEET, 0, 0, file.getFileName().toString(),
                () -> read(file, ExcelReadOptions.defaults().withSheet("patients")));
        assertTrue(e.getMessage().contains("'patients'") && e.getMessage().contains("'Patients', 'Visits'"),
                e.getMessage());
    }

    @Test
    void rejectsTextThatIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(folder.resolve("data.xlsx"), "id,age\n1,2\n");

        assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "data.xlsx", () -> read(file));
        assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "data.xlsx",
                () -> ExcelDatasetReader.sheetNames(InputSource.of(file)));
    }

    @Test
    void rejectsAZipArchiveThatIsNotAWorkbook() throws Exception {
        Path file = folder.resolve("archive.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "archive.xlsx", () -> read(file));
    }

    @Test
    void rejectsAnOfficeDocumentThatIsNotAWorkbook() throws Exception {
        Path file = folder.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "letter.xls", () -> read(file));
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = Files.write(folder.resolve("nothing.xlsx"), new byte[0]);

        assertProblem(ImportProblem.EMPTY_FILE, 0, 0, "nothing.xlsx", () -> read(file));
    }

    @Test
    void rejectsAnXlsxWithDamagedSheetXmlAsUnreadable() throws Exception {
        Path valid = workbook(folder, "valid", Kind.XLSX, new Object[] {"a"}, new Object[] {"1"});
        String xml = ExcelFixtures.entryText(valid, SHEET_XML);
        byte[] damaged = ExcelFixtures.replaceEntry(valid, SHEET_XML,
                xml.substring(0, xml.indexOf("</sheetData>")).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(folder.resolve("damaged.xlsx"), damaged);

        DatasetReadException e = assertProblem(ImportProblem.IO_ERROR, 0, 0, "damaged.xlsx", () -> read(file));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsATruncatedFileAsDamaged(Kind kind) throws Exception {
        Path valid = workbook(folder, "whole", kind, new Object[] {"a"}, new Object[] {"1"});
        byte[] bytes = Files.readAllBytes(valid);
        String name = "cut." + kind.extension;
        Path file = Files.write(folder.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));

        DatasetReadException e = assertProblem(ImportProblem.IO_ERROR, 0, 0, name, () -> read(file));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void rejectsAPasswordProtectedXlsx() throws Exception {
        Path plain = workbook(folder, "plain", Kind.XLSX, new Object[] {"a"}, new Object[] {"1"});
        Path file = folder.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        DatasetReadException e = assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "secret.xlsx",
                () -> read(file));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void rejectsAPasswordProtectedXls() throws Exception {
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            file = workbook(folder, "secret", Kind.XLS, new Object[] {"a"}, new Object[] {"1"});
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        DatasetReadException e = assertProblem(ImportProblem.UNSUPPORTED_FORMAT, 0, 0, "secret.xls",
                () -> read(file));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void rejectsSheetXmlDeclaringEntitiesAsUnsafe() throws Exception {
        Path valid = workbook(folder, "small", Kind.XLSX, new Object[] {"a"}, new Object[] {"1"});
        String xml = ExcelFixtures.entryText(valid, SHEET_XML);
        int rootStart = xml.indexOf("<worksheet");
        String laughs = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
        byte[] withEntities = ExcelFixtures.replaceEntry(valid, SHEET_XML,
                (xml.substring(0, rootStart) + laughs + xml.substring(rootStart)).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(folder.resolve("entities.xlsx"), withEntities);

        assertProblem(ImportProblem.UNSAFE_FILE, 0, 0, "entities.xlsx", () -> read(file));
    }

    /** A valid workbook whose sheet XML is padded with 20 MB of whitespace, which compresses a thousandfold. */
    private byte[] zipBomb() throws IOException {
        Path valid = workbook(folder, "small", Kind.XLSX, new Object[] {"a"}, new Object[] {"1"});
        String xml = ExcelFixtures.entryText(valid, SHEET_XML);
        int rootStart = xml.indexOf("<worksheet");
        byte[] head = xml.substring(0, rootStart).getBytes(StandardCharsets.UTF_8);
        byte[] tail = xml.substring(rootStart).getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[head.length + 20_000_000 + tail.length];
        System.arraycopy(head, 0, padded, 0, head.length);
        Arrays.fill(padded, head.length, head.length + 20_000_000, (byte) ' ');
        System.arraycopy(tail, 0, padded, padded.length - tail.length, tail.length);
        return ExcelFixtures.replaceEntry(valid, SHEET_XML, padded);
    }

    @Test
    void rejectsAZipBombFileAsUnsafe() throws Exception {
        Path file = Files.write(folder.resolve("bomb.xlsx"), zipBomb());

        DatasetReadException e = assertProblem(ImportProblem.UNSAFE_FILE, 0, 0, "bomb.xlsx", () -> read(file));
        assertTrue(e.getMessage().contains("unsafe"), e.getMessage());
    }

    @Test
    void rejectsAZipBombInMemoryAsUnsafe() throws Exception {
        InputSource source = InputSource.ofBytes("bomb.xlsx", zipBomb());

        assertProblem(ImportProblem.UNSAFE_FILE, 0, 0, "bomb.xlsx", () -> ExcelDatasetReader.read(source,
                ExcelReadOptions.defaults(), Integer.MAX_VALUE, ProgressListener.NONE, CancellationToken.NONE));
    }
}
