package org.veil.engine.data;

/** The kind of values a column holds; decides how values are compared, ordered and generalized. */
public enum DataType {
    /** Whole numbers without leading zeros (codes such as ZIP 02138 stay {@link #STRING}). */
    INTEGER("Integer"),
    /** Numbers with an optional fraction and exponent, '.' as decimal separator. */
    DECIMAL("Decimal"),
    /** Dates or date-times in one pattern per column, e.g. {@code yyyy-MM-dd}. */
    DATE("Date"),
    /** Anything else: text and codes. */
    STRING("Text");

    private final String label;

    DataType(String label) {
        this.label = label;
    }

    /** A short name for the user. */
    public String label() {
        return label;
    }
}
