package org.veil.engine.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct values of one column, each with an int code (its index). A missing value is stored
 * as the entry {@code null}; {@link #missingCode()} tells its code, or -1 if the column has none.
 *
 * <p>Immutable. The value-to-code index is built on first use only, because large identifier
 * columns would otherwise keep a hash map of every value alive for nothing.
 */
public final class Dictionary {

    private final String[] values;
    private final int missingCode;
    private volatile Map<String, Integer> index;

    Dictionary(String[] values, Map<String, Integer> index) {
        this.values = values;
        int missing = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                missing = i;
                break;
            }
        }
        this.missingCode = missing;
        this.index = index;
    }

    /** A dictionary of the given distinct values, codes in the given order. */
    public static Dictionary of(String... values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && index.putIfAbsent(values[i], i) != null) {
                throw new IllegalArgumentException("duplicate dictionary value: " + values[i]);
            }
        }
        return new Dictionary(values.clone(), index);
    }

    public int size() {
        return values.length;
    }

    /** The value of a code; {@code null} for the missing value. */
    public String value(int code) {
        return values[code];
    }

    /** The code of a value, or -1 if the column never holds it. {@code null} finds the missing code. */
    public int codeOf(String value) {
        if (value == null) {
            return missingCode;
        }
        Integer code = index().get(value);
        return code == null ? -1 : code;
    }

    public int missingCode() {
        return missingCode;
    }

    public boolean isMissing(int code) {
        return code == missingCode;
    }

    /** A copy of the values, in code order. */
    public String[] values() {
        return values.clone();
    }

    /** Rough bytes held on the heap by the values (not the lazily built index). */
    long estimatedBytes() {
        long bytes = 16 + 4L * values.length;
        for (String v : values) {
            if (v != null) {
                // String header + value array header + one byte per Latin-1 char (two otherwise).
                bytes += 24 + 16 + (long) v.length() * (isLatin1(v) ? 1 : 2);
            }
        }
        return bytes;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Integer> index() {
        Map<String, Integer> result = index;
        if (result == null) {
            result = new HashMap<>(values.length * 2);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    result.put(values[i], i);
                }
            }
            index = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return "Dictionary" + Arrays.toString(values.length > 10 ? Arrays.copyOf(values, 10) : values);
    }
}
