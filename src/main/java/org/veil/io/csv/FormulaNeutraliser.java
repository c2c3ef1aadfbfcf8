package org.veil.io.csv;

import java.util.regex.Pattern;

/**
 * Guards against CSV injection (OWASP): a spreadsheet program runs a cell starting with
 * {@code = + - @}, tab or carriage return as a formula. Such cells get a leading apostrophe, which
 * spreadsheets show as plain text. Plain numbers such as {@code -12.5} are left alone; they are no
 * formula and changing them would corrupt numeric columns.
 */
final class FormulaNeutraliser {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private FormulaNeutraliser() {
    }

    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
