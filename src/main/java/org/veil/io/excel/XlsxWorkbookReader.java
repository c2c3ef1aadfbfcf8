package org.veil.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads .xlsx workbooks with POI's event API: the sheet XML streams through a SAX parser, so a
 * sheet of a million rows never exists in memory as cells, only as the dataset being built.
 */
final class XlsxWorkbookReader {

    private XlsxWorkbookReader() {
    }

    static List<String> sheetNames(InputSource source) throws IOException, OpenXML4JException {
        OPCPackage pkg = open(source);
        try {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } finally {
            pkg.revert();
        }
    }

    static Dataset read(InputSource source, ExcelReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) throws DatasetReadException, IOException, OpenXML4JException, SAXException,
            XmlException, ParserConfigurationException {
        OPCPackage pkg = open(source);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheetXml = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (options.sheet() == null || options.sheet().equals(name)) {
                        SheetRowCollector rows = new SheetRowCollector(source.name(), name, options, maxRows, progress,
                                cancel);
                        parseSheet(pkg, reader, sheetXml, rows);
                        return rows.finish();
                    }
                }
            }
            throw ExcelProblems.noSuchSheet(source.name(), options.sheet(), names);
        } finally {
            pkg.revert(); // close without saving: a package must never write back to the user's file
        }
    }

    private static void parseSheet(OPCPackage pkg, XSSFReader reader, InputStream sheetXml, SheetRowCollector rows)
            throws DatasetReadException, IOException, OpenXML4JException, SAXException, XmlException,
            ParserConfigurationException {
        ExcelValueFormatter formatter = new ExcelValueFormatter(isDate1904(reader));
        XlsxSheetHandler handler = new XlsxSheetHandler(XMLHelper.newXMLReader(), rows);
        StylesTable styles = reader.getStylesTable();
        // Without styles POI would pass numbers on unformatted ("1.0E21"); default styles format them as General.
        handler.setContentHandler(new XSSFSheetXMLHandler(styles != null ? styles : new StylesTable(), null,
                new ReadOnlySharedStringsTable(pkg, false), handler, formatter, false));
        try {
            handler.parse(new org.xml.sax.InputSource(sheetXml));
        } catch (XlsxSheetHandler.StopParsing stop) {
            if (stop.problem != null) {
                throw stop.problem;
            }
        }
    }

    /** Whether dates count from 1904, as in workbooks from old Mac versions of Excel. */
    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
        try (InputStream workbookXml = reader.getWorkbookData()) {
            CTWorkbookPr properties = WorkbookDocument.Factory
                    .parse(workbookXml, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook().getWorkbookPr();
            return properties != null && properties.getDate1904();
        }
    }

    /** Opens a file read-only in place (nothing is unpacked into memory); other sources are read into memory. */
    private static OPCPackage open(InputSource source) throws IOException, OpenXML4JException {
        if (source.path() != null) {
            return OPCPackage.open(source.path().toFile(), PackageAccess.READ);
        }
        try (InputStream in = source.open()) {
            return OPCPackage.open(in);
        }
    }
}
