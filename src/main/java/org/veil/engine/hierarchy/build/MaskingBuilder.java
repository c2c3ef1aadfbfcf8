package org.veil.engine.hierarchy.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Masking for codes: each level replaces one more character with {@code *}, from the right (ZIP
 * {@code 12345 → 1234* → 123** → 12*** → 1**** → *}) or from the left; a last level is {@code *}.
 * Values shorter than the longest are first padded to its length with {@code padding}, on the side
 * that is masked last (the left when masking from the right), so {@code 501} with padding {@code 0}
 * is treated as {@code 00501}.
 *
 * <p>With values of at most {@code n} characters the height is {@code n} (at least 1): levels 1 to
 * {@code n - 1} mask 1 to {@code n - 1} characters, and level {@code n} is {@code *}. The fully
 * masked {@code *****} would group exactly as {@code *} does, so it is not a level of its own. Level
 * 0 keeps each value as given, unpadded: {@code 501} and {@code 00501} stay two values even though
 * they are masked alike. Characters are counted as Unicode code points.
 *
 * @param fromRight whether masking starts at the right end
 * @param padding   the character shorter values are padded with
 */
public record MaskingBuilder(boolean fromRight, char padding) implements HierarchyBuilder {

    /** The character that replaces masked ones. */
    static final int MASK = '*';

    /** @throws IllegalArgumentException if the padding is half of a surrogate pair, not a character */
    public MaskingBuilder {
        if (Character.isSurrogate(padding)) {
            throw new IllegalArgumentException("The padding must be a single character, not half of one (U+"
                    + Integer.toHexString(padding).toUpperCase(Locale.ROOT) + ").");
        }
    }

    /** Any text can be masked, so this refuses only an empty list of values. */
    @Override
    public Hierarchy build(List<String> values) throws HierarchyException {
        Set<String> distinct = BuildInput.distinct(values);
        int length = distinct.stream().mapToInt(value -> value.codePointCount(0, value.length())).max().orElse(0);
        List<Code> padded = new ArrayList<>(distinct.size());
        for (String value : distinct) {
            int[] code = pad(value.codePoints().toArray(), length);
            padded.add(new Code(value, code, text(code)));
        }
        padded.sort(Comparator.comparing(Code::text).thenComparing(Code::value));

        int height = Math.max(length, 1);
        List<String[]> rows = new ArrayList<>(padded.size());
        for (Code code : padded) {
            String[] row = new String[height + 1];
            row[0] = code.value();
            for (int masked = 1; masked < height; masked++) {
                row[masked] = masked(code.padded(), masked);
            }
            row[height] = TOP;
            rows.add(row);
        }
        return Hierarchy.of(rows);
    }

    private int[] pad(int[] code, int length) {
        int[] padded = new int[length];
        int missing = length - code.length;
        Arrays.fill(padded, padding);
        System.arraycopy(code, 0, padded, fromRight ? missing : 0, code.length);
        return padded;
    }

    private String masked(int[] code, int count) {
        int[] masked = code.clone();
        int from = fromRight ? code.length - count : 0;
        Arrays.fill(masked, from, from + count, MASK);
        return text(masked);
    }

    private static String text(int[] codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    /** E.g. {@code Masking from the right, padding '0'}. */
    @Override
    public String describe() {
        return "Masking from the " + (fromRight ? "right" : "left") + ", padding '" + padding + "'";
    }

    /** A value as given and padded to the longest length, as code points and as text. */
    private record Code(String value, int[] padded, String text) {
    }
}
