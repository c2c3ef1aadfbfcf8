package org.veil.io.excel;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.veil.io.DatasetReadException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits on both sides of POI's {@code XSSFSheetXMLHandler}: as an XML filter in front of it, it sees
 * the raw sheet XML (the {@code <dimension>} that tells the row count for progress, and which cells
 * are errors); as its {@link SheetContentsHandler}, it receives the formatted cells and hands them to
 * the {@link SheetRowCollector}.
 *
 * <p>SAX callbacks cannot throw checked exceptions, so a problem or the end of a preview leaves the
 * parse as a {@link StopParsing}.
 */
final class XlsxSheetHandler extends XMLFilterImpl implements SheetContentsHandler {

    /** POI's prefix for error cells; Excel shows just the error, e.g. {@code #DIV/0!}. */
    private static final String ERROR_PREFIX = "ERROR:";

    private final SheetRowCollector rows;
    private boolean errorCell;
    private int lastColumn;

    XlsxSheetHandler(XMLReader parent, SheetRowCollector rows) {
        super(parent);
        this.rows = rows;
    }

    /** Ends the parse early: for a problem found in the sheet, or without one once the preview is full. */
    static final class StopParsing extends RuntimeException {
        final transient DatasetReadException problem;

        StopParsing(DatasetReadException problem) {
            super(null, problem, false, false);
            this.problem = problem;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("dimension".equals(localName)) {
            int lastRow = lastRowOf(attributes.getValue("ref"));
            if (lastRow > 0) {
                rows.expectLastRow(lastRow);
            }
        } else if ("c".equals(localName)) {
            errorCell = "e".equals(attributes.getValue("t"));
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void startRow(int rowNum) {
        rows.startRow(rowNum);
        lastColumn = -1;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // Writers may leave out the reference; the cell then follows the previous one.
        int column = cellReference == null ? lastColumn + 1 : columnOf(cellReference);
        lastColumn = column;
        String text = errorCell && formattedValue != null && formattedValue.startsWith(ERROR_PREFIX)
                ? formattedValue.substring(ERROR_PREFIX.length())
                : formattedValue;
        try {
            rows.cell(column, text);
        } catch (DatasetReadException e) {
            throw new StopParsing(e);
        }
    }

    @Override
    public void endRow(int rowNum) {
        try {
            rows.endRow();
        } catch (DatasetReadException e) {
            throw new StopParsing(e);
        }
        if (rows.isFull()) {
            throw new StopParsing(null);
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12}; faster than parsing a CellReference per cell. */
    static int columnOf(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = Character.toUpperCase(cellReference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** The 1-based last row of a dimension such as {@code A1:J1000}; -1 if it names a single cell or is malformed. */
    static int lastRowOf(String dimension) {
        if (dimension == null || dimension.indexOf(':') < 0) {
            return -1; // a lone "A1" is what many writers put for any sheet, so it says nothing
        }
        String last = dimension.substring(dimension.indexOf(':') + 1);
        int digits = 0;
        while (digits < last.length() && !Character.isDigit(last.charAt(digits))) {
            digits++;
        }
        try {
            return Integer.parseInt(last.substring(digits));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
