package org.veil.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

/**
 * Reads Excel 97–2003 (.xls) workbooks with POI's usermodel. Loading the whole workbook is fine
 * here: the format holds at most 65,536 rows per sheet.
 */
final class XlsWorkbookReader {

    private XlsWorkbookReader() {
    }

    static List<String> sheetNames(InputSource source) throws DatasetReadException, IOException {
        try (POIFSFileSystem fs = openFileSystem(source); HSSFWorkbook workbook = openWorkbook(fs, source)) {
            return names(workbook);
        }
    }

    static Dataset read(InputSource source, ExcelReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) throws DatasetReadException, IOException {
        try (POIFSFileSystem fs = openFileSystem(source); HSSFWorkbook workbook = openWorkbook(fs, source)) {
            Sheet sheet = chooseSheet(workbook, options.sheet(), source.name());
            ExcelValueFormatter formatter =
                    new ExcelValueFormatter(workbook.getInternalWorkbook().isUsing1904DateWindowing());
            SheetRowCollector rows =
                    new SheetRowCollector(source.name(), sheet.getSheetName(), options, maxRows, progress, cancel);
            if (sheet.getPhysicalNumberOfRows() > 0) {
                rows.expectLastRow(sheet.getLastRowNum() + 1);
            }
            for (Row row : sheet) {
                rows.startRow(row.getRowNum());
                for (Cell cell : row) {
                    rows.cell(cell.getColumnIndex(), formatter.text(cell));
                }
                rows.endRow();
                if (rows.isFull()) {
                    break;
                }
            }
            return rows.finish();
        }
    }

    private static Sheet chooseSheet(HSSFWorkbook workbook, String wanted, String source) throws DatasetReadException {
        Sheet sheet = wanted == null
                ? (workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null)
                : workbook.getSheet(wanted);
        if (sheet == null || (wanted != null && !wanted.equals(sheet.getSheetName()))) {
            // getSheet ignores case; sheet choice is exact, as for .xlsx
            throw ExcelProblems.noSuchSheet(source, wanted, names(workbook));
        }
        return sheet;
    }

    private static List<String> names(HSSFWorkbook workbook) {
        List<String> names = new ArrayList<>(workbook.getNumberOfSheets());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    /** Opens a file read-only in place; other sources are read into memory. */
    private static POIFSFileSystem openFileSystem(InputSource source) throws IOException {
        if (source.path() != null) {
            return new POIFSFileSystem(source.path().toFile(), true);
        }
        try (InputStream in = source.open()) {
            return new POIFSFileSystem(in);
        }
    }

    /**
     * The workbook in an OLE2 container. The same container also holds password-protected .xlsx
     * files and Word or PowerPoint documents, which get a message of their own.
     */
    private static HSSFWorkbook openWorkbook(POIFSFileSystem fs, InputSource source)
            throws DatasetReadException, IOException {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptedPackage")) {
            throw ExcelProblems.encrypted(source.name(), null);
        }
        if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
            throw new DatasetReadException(ImportProblem.UNSUPPORTED_FORMAT, source.name(),
                    "is an Office document but not an Excel workbook");
        }
        return new HSSFWorkbook(root, true);
    }
}
