package org.veil.engine.hierarchy.build;

import java.math.BigDecimal;

/**
 * Numbers as the interval builder reads and prints them. Arithmetic is decimal and exact, so the value
 * {@code 0.3} falls in {@code [0.3, 0.4)} as the user expects, which binary doubles would not promise.
 */
final class Numbers {

    /** Plain notation up to this many characters ({@code 1000000}); scientific beyond ({@code 1E+30}). */
    private static final int PLAIN_LENGTH = 24;

    private Numbers() {
    }

    /**
     * The number a text holds, ignoring surrounding blanks ({@code 42}, {@code -1.5}, {@code +3},
     * {@code 2.5e3}), or {@code null} if it is not a finite decimal number ({@code 1,5}, {@code NaN},
     * {@code 1e400}).
     */
    static BigDecimal parse(String text) {
        String trimmed = text.trim();
        try {
            BigDecimal number = new BigDecimal(trimmed);
            return Double.isFinite(Double.parseDouble(trimmed)) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A parameter as the decimal it was written as: {@code 0.1} is one tenth, not the nearest double. */
    static BigDecimal of(double value) {
        return BigDecimal.valueOf(value);
    }

    /** The shortest exact text: {@code 20}, not {@code 20.0}; {@code 2.5}; {@code -0.125}. */
    static String text(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = stripped.toPlainString();
        return plain.length() <= PLAIN_LENGTH ? plain : stripped.toString();
    }

    /** A parameter's text, as {@link #text(BigDecimal)}. */
    static String text(double value) {
        return text(of(value));
    }
}
