package org.veil.io.excel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns cell contents into the text a user sees in Excel, the same for .xlsx and .xls and on every
 * machine (always {@link Locale#US}). Dates become ISO text so type inference recognises them
 * whatever the workbook's display format; numbers in the General format keep their full precision,
 * as Excel's formula bar shows them, instead of the 11-digit display form ({@code 1.23457E+11}).
 */
final class ExcelValueFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US);

    /** Built-in format 49, "@": a number typed before the cell was formatted as text shows as General. */
    private static final int TEXT_FORMAT_INDEX = 49;

    /** Elapsed-time formats such as {@code [h]:mm} count past 24 hours, so they are not clock times. */
    private static final Pattern ELAPSED_TIME = Pattern.compile("\\[(h+|m+|s+)]", Pattern.CASE_INSENSITIVE);

    private final boolean date1904;

    /** @param date1904 whether the workbook counts dates from 1904 (old Mac workbooks) instead of 1900 */
    ExcelValueFormatter(boolean date1904) {
        super(Locale.US);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        boolean use1904 = use1904Windowing || date1904;
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value) && !ELAPSED_TIME.matcher(formatString).find()) {
            return formatDate(value, formatString, use1904);
        }
        if (isGeneral(formatIndex, formatString)) {
            return NumberToTextConverter.toText(value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }

    /**
     * The text of a cell of the usermodel (.xls): formula cells give their cached result, never the
     * formula; errors give what Excel shows, e.g. {@code #DIV/0!}; blank cells give "".
     */
    String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString(), date1904);
            case STRING -> cell.getRichStringCellValue().getString();
            // as POI's .xlsx streaming handler gives them, and as Excel shows them in an English workbook
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#N/A";
        }
    }

    private static boolean isGeneral(int formatIndex, String formatString) {
        return formatIndex == 0 || formatIndex == TEXT_FORMAT_INDEX || formatString == null
                || "General".equalsIgnoreCase(formatString) || "@".equals(formatString);
    }

    private static String formatDate(double value, String formatString, boolean use1904) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904, true);
        String codes = formatCodes(formatString);
        boolean showsTime = codes.indexOf('h') >= 0 || codes.indexOf('s') >= 0;
        boolean showsDate = codes.indexOf('y') >= 0 || codes.indexOf('d') >= 0;
        if (showsTime && !showsDate) {
            return TIME.format(dateTime);
        }
        return (showsTime ? DATE_TIME : DATE).format(dateTime);
    }

    /**
     * The format's codes in lower case without literal text: quoted strings, bracketed parts
     * (colours, locales, conditions) and escaped, padding or fill characters, so that the "h" of
     * {@code "hours"} or {@code [$-409]} is not taken for an hour.
     */
    static String formatCodes(String formatString) {
        StringBuilder codes = new StringBuilder(formatString.length());
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < formatString.length(); i++) {
            char c = formatString.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracketed) {
                bracketed = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracketed = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is a literal, a width placeholder or a fill character
            } else {
                codes.append(Character.toLowerCase(c));
            }
        }
        return codes.toString();
    }
}
