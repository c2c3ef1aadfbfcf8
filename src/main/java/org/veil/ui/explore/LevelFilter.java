package org.veil.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.engine.lattice.Lattice;

/**
 * The table's text filter: conditions on levels such as {@code age<=2 zip=3}, separated by spaces
 * or commas, all of which must hold. A name is a quasi-identifier or an unambiguous start of one;
 * {@code height} stands for the sum of the levels unless a quasi-identifier is called that.
 */
public final class LevelFilter {

    /** A filter that keeps everything. */
    public static final LevelFilter NONE = new LevelFilter(List.of());

    private static final Pattern CONDITION = Pattern.compile("([^<>=!\\s]+)\\s*(<=|>=|!=|=|<|>)\\s*(\\d+)");
    private static final int HEIGHT = -1;

    private record Condition(int dimension, String op, int value) {
        boolean test(Lattice lattice, int node) {
            int level = dimension == HEIGHT ? lattice.heightOf(node) : lattice.level(node, dimension);
            return switch (op) {
                case "=" -> level == value;
                case "!=" -> level != value;
                case "<" -> level < value;
                case "<=" -> level <= value;
                case ">" -> level > value;
                default -> level >= value;
            };
        }
    }

    private final List<Condition> conditions;

    private LevelFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    /**
     * Reads a filter.
     *
     * @param names the quasi-identifiers in configuration order
     * @throws IllegalArgumentException with a sentence for the user if the text is not a filter
     */
    public static LevelFilter parse(String text, List<String> names) {
        String rest = text == null ? "" : text.replace(',', ' ').trim();
        if (rest.isEmpty()) {
            return NONE;
        }
        Matcher matcher = CONDITION.matcher(rest);
        List<Condition> conditions = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            if (!rest.substring(end, matcher.start()).isBlank()) {
                break;
            }
            conditions.add(new Condition(dimension(matcher.group(1), names), matcher.group(2),
                    Integer.parseInt(matcher.group(3))));
            end = matcher.end();
        }
        if (!rest.substring(end).isBlank()) {
            throw new IllegalArgumentException("Write conditions like " + names.get(0) + "<=2 or height=3");
        }
        return new LevelFilter(List.copyOf(conditions));
    }

    private static int dimension(String name, List<String> names) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<Integer> prefixed = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            String candidate = names.get(d).toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                return d;
            }
            if (candidate.startsWith(wanted)) {
                prefixed.add(d);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty() && "height".startsWith(wanted)) {
            return HEIGHT;
        }
        if (prefixed.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is no quasi-identifier; they are "
                    + String.join(", ", names) + " (or height)");
        }
        throw new IllegalArgumentException("'" + name + "' could be " + String.join(" or ",
                prefixed.stream().map(names::get).toList()) + "; type more of the name");
    }

    public boolean test(Lattice lattice, int node) {
        for (Condition condition : conditions) {
            if (!condition.test(lattice, node)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }
}
