package org.veil.engine.hierarchy.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.veil.engine.hierarchy.HierarchyException;

/** What the builders share: the values as a set, the problem lists of their errors, the final check. */
final class BuildInput {

    /** At most this many offending values are listed in an error; the rest are counted. */
    static final int LISTED = 20;

    private BuildInput() {
    }

    /**
     * The distinct values, in the order first given.
     *
     * @throws HierarchyException if there are none
     */
    static Set<String> distinct(List<String> values) throws HierarchyException {
        Objects.requireNonNull(values, "values");
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            distinct.add(Objects.requireNonNull(value, "a value is null; leave missing values out"));
        }
        if (distinct.isEmpty()) {
            throw new HierarchyException("there are no values to build a hierarchy of", List.of());
        }
        return distinct;
    }

    /** The values quoted, at most {@link #LISTED} of them, then {@code and N more}. */
    static List<String> listed(Collection<String> values) {
        return limited(values.stream().map(value -> "'" + value + "'").toList());
    }

    /** At most {@link #LISTED} problems, then {@code and N more}. */
    static List<String> limited(List<String> problems) {
        if (problems.size() <= LISTED) {
            return problems;
        }
        List<String> limited = new ArrayList<>(problems.subList(0, LISTED));
        limited.add("and " + (problems.size() - LISTED) + " more");
        return limited;
    }

    /** {@code 1 value} or {@code 3 values}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
