package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.hierarchy.build.OrderBuilder;
import org.veil.project.ProjectFormatException;

/**
 * Hierarchy builders as project-file entries (their kind and parameters as plain JSON values), and
 * back, so a hierarchy saved with the builder that made it can be reopened in that builder. Reading
 * checks every parameter, as a project file may have been edited by hand.
 */
final class BuilderEntries {

    private BuilderEntries() {
    }

    static Map<String, Object> of(HierarchyBuilder builder) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (builder instanceof IntervalBuilder intervals) {
            entry.put("kind", "intervals");
            entry.put("origin", intervals.origin());
            entry.put("width", intervals.width());
            entry.put("fanouts", intervals.fanouts());
            entry.put("bottom", intervals.bottom());
            entry.put("top", intervals.top());
        } else if (builder instanceof OrderBuilder order) {
            entry.put("kind", "order");
            entry.put("order", order.order());
            entry.put("groupSizes", order.groupSizes());
        } else if (builder instanceof MaskingBuilder masking) {
            entry.put("kind", "masking");
            entry.put("fromRight", masking.fromRight());
            entry.put("padding", String.valueOf(masking.padding()));
        } else {
            DateBuilder dates = (DateBuilder) builder;
            entry.put("kind", "dates");
            entry.put("pattern", dates.pattern());
            entry.put("units", dates.units().stream().map(Enum::name).toList());
        }
        return entry;
    }

    /**
     * The builder an entry describes.
     *
     * @param column the column whose hierarchy it made, for the message
     * @throws ProjectFormatException if the kind is unknown or a parameter is missing or wrong
     */
    static HierarchyBuilder builder(String column, Map<String, Object> entry) throws ProjectFormatException {
        try {
            return switch (String.valueOf(entry.get("kind"))) {
                case "intervals" -> new IntervalBuilder(number(entry, "origin"), number(entry, "width"),
                        integers(entry, "fanouts"), optionalNumber(entry, "bottom"), optionalNumber(entry, "top"));
                case "order" -> new OrderBuilder(strings(entry, "order"), integers(entry, "groupSizes"));
                case "masking" -> new MaskingBuilder(flag(entry, "fromRight"), character(entry, "padding"));
                case "dates" -> new DateBuilder(string(entry, "pattern"), units(entry));
                default -> throw new IllegalArgumentException("unknown kind of builder '" + entry.get("kind") + "'");
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFormatException("the builder of the hierarchy of '" + column
                    + "' in the project is damaged: " + e.getMessage(), e);
        }
    }

    private static Object required(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }

    private static double number(Map<String, Object> entry, String key) {
        if (required(entry, key) instanceof Number number) {
            return number.doubleValue();
        }
        throw wrong(entry, key, "a number");
    }

    private static Double optionalNumber(Map<String, Object> entry, String key) {
        return entry.get(key) == null ? null : number(entry, key);
    }

    private static boolean flag(Map<String, Object> entry, String key) {
        if (required(entry, key) instanceof Boolean flag) {
            return flag;
        }
        throw wrong(entry, key, "true or false");
    }

    private static String string(Map<String, Object> entry, String key) {
        if (required(entry, key) instanceof String string) {
            return string;
        }
        throw wrong(entry, key, "a text");
    }

    private static char character(Map<String, Object> entry, String key) {
        String text = string(entry, key);
        if (text.length() != 1) {
            throw wrong(entry, key, "a single character");
        }
        return text.charAt(0);
    }

    private static List<?> list(Map<String, Object> entry, String key) {
        if (required(entry, key) instanceof List<?> list) {
            return list;
        }
        throw wrong(entry, key, "a list");
    }

    private static List<Integer> integers(Map<String, Object> entry, String key) {
        List<Integer> integers = new ArrayList<>();
        for (Object item : list(entry, key)) {
            if (!(item instanceof Integer integer)) {
                throw wrong(entry, key, "a list of whole numbers");
            }
            integers.add(integer);
        }
        return integers;
    }

    private static List<String> strings(Map<String, Object> entry, String key) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(entry, key)) {
            if (!(item instanceof String string)) {
                throw wrong(entry, key, "a list of texts");
            }
            strings.add(string);
        }
        return strings;
    }

    private static List<DateBuilder.DateUnit> units(Map<String, Object> entry) {
        List<DateBuilder.DateUnit> units = new ArrayList<>();
        for (String name : strings(entry, "units")) {
            try {
                units.add(DateBuilder.DateUnit.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'units' holds '" + name + "', which is none of "
                        + List.of(DateBuilder.DateUnit.values()), e);
            }
        }
        return units;
    }

    private static IllegalArgumentException wrong(Map<String, Object> entry, String key, String expected) {
        return new IllegalArgumentException("'" + key + "' must be " + expected + ", not " + entry.get(key));
    }
}
