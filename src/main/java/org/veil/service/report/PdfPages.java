package org.veil.service.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Flowing layout on A4 pages: headings, paragraphs, tables and images go down the page from a cursor,
 * and a new page begins when the next block does not fit (a table repeats its header there). All text
 * passes through {@link PdfText#safe}, so the Standard 14 fonts can always show it. After the content,
 * {@link #finish} puts a footer and "Page n of m" on every page.
 */
final class PdfPages implements AutoCloseable {

    /** Horizontal alignment of a table column. */
    enum Align { LEFT, RIGHT }

    /** A table column: its header, its share of the width (relative) and alignment. */
    record TableColumn(String header, float weight, Align align) {
    }

    static final float MARGIN = 50;
    static final float BODY_SIZE = 10;
    static final float TABLE_SIZE = 9;
    private static final float FOOTER_Y = 28;
    private static final float BOTTOM = 50;
    private static final float CELL_PAD = 4;
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);
    private static final Color ACCENT = new Color(0x2f, 0x6f, 0xb3);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream content;
    private float y;

    PdfPages() throws IOException {
        newPage();
    }

    PDDocument document() {
        return document;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private float top() {
        return size.getHeight() - MARGIN;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < top()) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void title(String text, String subtitle) throws IOException {
        for (String line : wrap(text, bold, 20, width())) {
            ensure(26);
            y -= 22;
            show(line, bold, 20, MARGIN, y, ACCENT);
            y -= 4;
        }
        if (subtitle != null) {
            paragraph(subtitle, italic, BODY_SIZE, MUTED);
        }
        y -= 4;
        content.setStrokingColor(ACCENT);
        content.setLineWidth(1.2f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width(), y);
        content.stroke();
        y -= 10;
    }

    /** A section heading; kept on the page with at least a few lines after it. */
    void heading(String text) throws IOException {
        ensure(18 + 4 * BODY_SIZE * 1.4f);
        y -= 10;
        y -= 14;
        show(PdfText.safe(text), bold, 14, MARGIN, y, ACCENT);
        y -= 8;
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular, BODY_SIZE, Color.BLACK);
    }

    void note(String text) throws IOException {
        paragraph(text, italic, TABLE_SIZE, MUTED);
    }

    private void paragraph(String text, PDFont font, float fontSize, Color color) throws IOException {
        float leading = fontSize * 1.4f;
        for (String part : text.split("\\R", -1)) {
            for (String line : wrap(part, font, fontSize, width())) {
                ensure(leading);
                y -= leading;
                show(line, font, fontSize, MARGIN, y + leading - fontSize, color);
            }
        }
        y -= fontSize * 0.5f;
    }

    /** Lines with a bullet, each wrapped under its own text. */
    void bullets(List<String> items) throws IOException {
        float leading = BODY_SIZE * 1.4f;
        float indent = 12;
        for (String item : items) {
            List<String> lines = wrap(item, regular, BODY_SIZE, width() - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensure(leading);
                y -= leading;
                float baseline = y + leading - BODY_SIZE;
                if (i == 0) {
                    show("\u2022", regular, BODY_SIZE, MARGIN + 2, baseline, Color.BLACK);
                }
                show(lines.get(i), regular, BODY_SIZE, MARGIN + indent, baseline, Color.BLACK);
            }
        }
        y -= BODY_SIZE * 0.5f;
    }

    /** Label and value pairs, labels bold: a two-column table without a header. */
    void facts(List<String[]> pairs) throws IOException {
        table(List.of(new TableColumn("", 1.3f, Align.LEFT), new TableColumn("", 3.7f, Align.LEFT)), pairs, false);
    }

    /**
     * A table: a shaded header row (repeated after a page break) and rows whose cells wrap within
     * their column; a row never splits across pages.
     */
    void table(List<TableColumn> columns, List<String[]> rows) throws IOException {
        table(columns, rows, true);
    }

    private void table(List<TableColumn> columns, List<String[]> rows, boolean header) throws IOException {
        float total = 0;
        for (TableColumn column : columns) {
            total += column.weight();
        }
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width() * columns.get(c).weight() / total;
        }
        String[] headers = columns.stream().map(TableColumn::header).toArray(String[]::new);
        if (header) {
            // the header and the first row stay together
            ensure(rowHeight(headers, widths, bold) + (rows.isEmpty() ? 0 : rowHeight(rows.get(0), widths, regular)));
            row(columns, widths, headers, bold, true);
        }
        for (String[] row : rows) {
            float height = rowHeight(row, widths, header ? regular : bold);
            if (y - height < BOTTOM) {
                newPage();
                if (header) {
                    row(columns, widths, headers, bold, true);
                }
            }
            row(columns, widths, row, regular, false);
        }
        y -= BODY_SIZE * 0.8f;
    }

    private float rowHeight(String[] cells, float[] widths, PDFont font) throws IOException {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.length ? cells[c] : "";
            lines = Math.max(lines, wrap(cell, font, TABLE_SIZE, widths[c] - 2 * CELL_PAD).size());
        }
        return lines * TABLE_SIZE * 1.3f + 2 * CELL_PAD;
    }

    private void row(List<TableColumn> columns, float[] widths, String[] cells, PDFont font, boolean isHeader)
            throws IOException {
        boolean labelled = !isHeader && columns.get(0).header().isEmpty();
        float height = rowHeight(cells, widths, font);
        float bottom = y - height;
        if (isHeader) {
            content.setNonStrokingColor(HEADER_FILL);
            content.addRect(MARGIN, bottom, width(), height);
            content.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.length ? cells[c] : "";
            PDFont cellFont = labelled && c == 0 ? bold : font;
            float baseline = y - CELL_PAD - TABLE_SIZE;
            for (String line : wrap(cell, cellFont, TABLE_SIZE, widths[c] - 2 * CELL_PAD)) {
                float textWidth = textWidth(line, cellFont, TABLE_SIZE);
                float left = columns.get(c).align() == Align.RIGHT ? x + widths[c] - CELL_PAD - textWidth
                        : x + CELL_PAD;
                show(line, cellFont, TABLE_SIZE, left, baseline, Color.BLACK);
                baseline -= TABLE_SIZE * 1.3f;
            }
            x += widths[c];
        }
        content.setStrokingColor(RULE);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, bottom);
        content.lineTo(MARGIN + width(), bottom);
        content.stroke();
        y = bottom;
    }

    /**
     * A captioned image scaled to the width (keeping its proportions, at most about half a page high);
     * the caption stays on the page with its image.
     */
    void figure(String caption, byte[] png, String name) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, png, name);
        float scale = Math.min(width() / image.getWidth(), (top() - BOTTOM) * 0.55f / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        ensure(h + 24);
        y -= 6;
        y -= 11;
        show(PdfText.safe(caption), bold, 11, MARGIN, y, Color.BLACK);
        y -= 6;
        y -= h;
        content.drawImage(image, MARGIN + (width() - w) / 2, y, w, h);
        y -= BODY_SIZE;
    }

    /**
     * Closes the content and writes the footer on every page: {@code footer} on the left, "Page n of m"
     * on the right; then the document's bytes.
     */
    byte[] finish(String footer) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.setStrokingColor(RULE);
                stream.setLineWidth(0.5f);
                stream.moveTo(MARGIN, FOOTER_Y + 12);
                stream.lineTo(MARGIN + width(), FOOTER_Y + 12);
                stream.stroke();
                String number = "Page " + (i + 1) + " of " + pages;
                float numberWidth = textWidth(number, regular, 8);
                List<String> left = wrap(footer, regular, 8, width() - numberWidth - 20);
                write(stream, left.isEmpty() ? "" : left.get(0), regular, 8, MARGIN, FOOTER_Y, MUTED);
                write(stream, number, regular, 8, MARGIN + width() - numberWidth, FOOTER_Y, MUTED);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    private void show(String text, PDFont font, float fontSize, float x, float baseline, Color color)
            throws IOException {
        write(content, text, font, fontSize, x, baseline, color);
    }

    private static void write(PDPageContentStream stream, String text, PDFont font, float fontSize, float x,
            float baseline, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    static float textWidth(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /**
     * Safe text broken into lines no wider than {@code maxWidth}: at spaces, and inside words (such as
     * hashes) that are wider than a line on their own.
     */
    static List<String> wrap(String text, PDFont font, float fontSize, float maxWidth) throws IOException {
        String safe = PdfText.safe(text).strip();
        List<String> lines = new ArrayList<>();
        if (safe.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, font, fontSize) > maxWidth && rest.length() > 1) {
                int fit = 1;
                while (fit < rest.length() && textWidth(rest.substring(0, fit + 1), font, fontSize) <= maxWidth) {
                    fit++;
                }
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
