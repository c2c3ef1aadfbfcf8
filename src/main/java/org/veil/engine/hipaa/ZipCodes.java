package org.veil.engine.hipaa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;

/**
 * ZIP codes under Safe Harbor: only the first three digits may stay, and only where the area of all
 * ZIP codes sharing them has more than 20,000 people; the three-digit prefixes of smaller areas must
 * become {@code 000}. Per the HHS de-identification guidance (2000 Census), these are the 17
 * {@link #RESTRICTED_PREFIXES}. HHS asks to use newer Census data where published; this list is the
 * one it gives.
 */
public final class ZipCodes {

    /** Three-digit ZIP prefixes of areas with 20,000 people or fewer, which must become {@code 000}. */
    public static final List<String> RESTRICTED_PREFIXES = List.of("036", "059", "063", "102", "203", "556", "692",
            "790", "821", "823", "830", "831", "878", "879", "884", "890", "893");

    /** What restricted prefixes become. */
    public static final String ZEROED_PREFIX = "000";

    /** The masking that keeps ever fewer leading digits, shorter codes padded with 0 on the left. */
    static final MaskingBuilder MASKING = new MaskingBuilder(true, '0');

    private static final Set<String> RESTRICTED = Set.copyOf(RESTRICTED_PREFIXES);
    private static final int PREFIX = 3;

    private ZipCodes() {
    }

    /** Whether a ZIP code (as written, not padded) starts with a restricted prefix. */
    public static boolean isRestricted(String zip) {
        return zip != null && zip.length() >= PREFIX && RESTRICTED.contains(zip.substring(0, PREFIX));
    }

    /**
     * The restricted prefixes the values start with, once each and sorted, after padding the values
     * with 0 on the left to the longest one's length as the masking does ({@code 3601} is {@code 03601}).
     */
    public static List<String> restrictedPrefixesIn(Collection<String> values) {
        int length = longest(values);
        Set<String> found = new TreeSet<>();
        for (String value : values) {
            if (value != null) {
                String padded = new String(pad(value.codePoints().toArray(), length), 0, length);
                if (isRestricted(padded)) {
                    found.add(padded.substring(0, PREFIX));
                }
            }
        }
        return List.copyOf(found);
    }

    /** Whether any value (padded as {@link #restrictedPrefixesIn} does) starts with a restricted prefix. */
    public static boolean anyRestricted(Collection<String> values) {
        return !restrictedPrefixesIn(values).isEmpty();
    }

    /**
     * The lowest level of the {@link #safeHarborHierarchy} of codes of this many characters that keeps
     * at most three: {@code length - 3} (level 2 for five-digit ZIP codes, 7 for {@code 12345-6789}), or
     * 1 for codes of three characters or fewer.
     */
    public static int safeLevel(int length) {
        return Math.max(1, length - PREFIX);
    }

    /**
     * Masking from the right (as {@code new MaskingBuilder(true, '0')} makes it), except that on the
     * levels keeping three digits or fewer, codes with a restricted prefix read as if it were
     * {@code 000}: {@code 03601 → 0360* → 000** → 00*** → 0**** → *}. Codes of three characters get a
     * level of their own first that only zeroes restricted prefixes ({@code 036 → 000 → 00* → 0** → *}).
     * Without restricted prefixes among the values this is exactly the masking builder's hierarchy.
     *
     * @param values the distinct, non-missing values
     * @throws HierarchyException if there are no values
     */
    public static Hierarchy safeHarborHierarchy(List<String> values) throws HierarchyException {
        Objects.requireNonNull(values, "values");
        if (!anyRestricted(values)) {
            return MASKING.build(values);
        }
        Set<String> distinct = new LinkedHashSet<>(values);
        int length = longest(distinct);
        boolean ownLevel = length <= PREFIX;
        List<String[]> rows = new ArrayList<>(distinct.size());
        for (String value : distinct) {
            int[] padded = pad(value.codePoints().toArray(), length);
            int[] zeroed = padded.clone();
            if (isRestricted(new String(padded, 0, length))) {
                Arrays.fill(zeroed, 0, PREFIX, '0');
            }
            List<String> row = new ArrayList<>();
            row.add(value);
            if (ownLevel) {
                row.add(new String(zeroed, 0, length));
            }
            for (int masked = 1; masked < length; masked++) {
                row.add(masked(length - masked <= PREFIX ? zeroed : padded, masked));
            }
            row.add(HierarchyBuilder.TOP);
            rows.add(row.toArray(String[]::new));
        }
        rows.sort(Comparator.comparing((String[] row) -> row[0]));
        return Hierarchy.of(rows);
    }

    private static int longest(Collection<String> values) {
        return values.stream().filter(Objects::nonNull).mapToInt(v -> v.codePointCount(0, v.length())).max()
                .orElse(0);
    }

    private static int[] pad(int[] code, int length) {
        if (code.length >= length) {
            return code;
        }
        int[] padded = new int[length];
        Arrays.fill(padded, '0');
        System.arraycopy(code, 0, padded, length - code.length, code.length);
        return padded;
    }

    private static String masked(int[] code, int count) {
        int[] masked = code.clone();
        Arrays.fill(masked, code.length - count, code.length, '*');
        return new String(masked, 0, masked.length);
    }
}
