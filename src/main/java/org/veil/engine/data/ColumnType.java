package org.veil.engine.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A data type plus, for dates, the pattern values are written in ({@link DateTimeFormatter} syntax,
 * e.g. {@code yyyy-MM-dd} or {@code dd.MM.yyyy HH:mm}). Parsing is strict and locale-independent:
 * {@code 2023-02-30} is not a date and {@code 1,5} is not a decimal.
 */
public final class ColumnType {

    public static final ColumnType STRING = new ColumnType(DataType.STRING, null);
    public static final ColumnType INTEGER = new ColumnType(DataType.INTEGER, null);
    public static final ColumnType DECIMAL = new ColumnType(DataType.DECIMAL, null);

    private static final Pattern INTEGER_SYNTAX = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL_SYNTAX = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");

    private final DataType dataType;
    private final String pattern;
    private final DateTimeFormatter formatter;
    private final boolean withTime;

    private ColumnType(DataType dataType, String pattern) {
        this.dataType = dataType;
        this.pattern = pattern;
        if (dataType == DataType.DATE) {
            // STRICT resolving rejects 30 February; it needs 'u' (proleptic year) instead of 'y' (year of era).
            this.formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT);
            this.withTime = pattern.chars().anyMatch(c -> c == 'H' || c == 'h' || c == 'm' || c == 's');
        } else {
            this.formatter = null;
            this.withTime = false;
        }
    }

    /**
     * A date type with the given pattern.
     *
     * @throws IllegalArgumentException if the pattern is not a valid date pattern
     */
    public static ColumnType date(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a date type needs a pattern such as yyyy-MM-dd");
        }
        if (pattern.chars().noneMatch(c -> c == 'y' || c == 'u')) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' has no year (y)");
        }
        return new ColumnType(DataType.DATE, pattern);
    }

    /** The type of a data type that needs no pattern. */
    public static ColumnType of(DataType dataType) {
        return switch (dataType) {
            case STRING -> STRING;
            case INTEGER -> INTEGER;
            case DECIMAL -> DECIMAL;
            case DATE -> throw new IllegalArgumentException("a date type needs a pattern");
        };
    }

    public DataType dataType() {
        return dataType;
    }

    /** The date pattern, or {@code null} for other types. */
    public String pattern() {
        return pattern;
    }

    /** Whether a (non-missing) value is valid under this type. */
    public boolean accepts(String value) {
        return switch (dataType) {
            case STRING -> true;
            case INTEGER -> INTEGER_SYNTAX.matcher(value).matches();
            case DECIMAL -> DECIMAL_SYNTAX.matcher(value).matches();
            case DATE -> parseTemporal(value) != null;
        };
    }

    /**
     * The value as a comparable object ({@link Long}, {@link BigDecimal}, {@link LocalDate},
     * {@link LocalDateTime} or the string itself), or {@code null} if it is invalid under this type.
     */
    public Comparable<?> parse(String value) {
        if (!accepts(value)) {
            return null;
        }
        return switch (dataType) {
            case STRING -> value;
            case INTEGER -> Long.parseLong(value);
            case DECIMAL -> new BigDecimal(value);
            case DATE -> parseTemporal(value);
        };
    }

    private Comparable<?> parseTemporal(String value) {
        try {
            return withTime ? LocalDateTime.parse(value, formatter) : LocalDate.parse(value, formatter);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Short text for the user, e.g. {@code Integer} or {@code Date (dd.MM.yyyy)}. */
    public String label() {
        return pattern == null ? dataType.label() : dataType.label() + " (" + pattern + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnType other && dataType == other.dataType && Objects.equals(pattern, other.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataType, pattern);
    }

    @Override
    public String toString() {
        return label();
    }
}
