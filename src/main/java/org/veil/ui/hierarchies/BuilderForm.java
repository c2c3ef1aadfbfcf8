package org.veil.ui.hierarchies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.hierarchy.build.OrderBuilder;

/**
 * The parameters of every builder as the editor's fields hold them (text, ticks), and the builder
 * they make. Reading the fields fails with a message naming the field, for showing beside it.
 */
public final class BuilderForm {

    final StringProperty origin = new SimpleStringProperty("0");
    final StringProperty width = new SimpleStringProperty("10");
    final StringProperty fanouts = new SimpleStringProperty("2");
    final StringProperty bottom = new SimpleStringProperty("");
    final StringProperty top = new SimpleStringProperty("");
    final StringProperty order = new SimpleStringProperty("");
    final StringProperty groupSizes = new SimpleStringProperty("");
    final BooleanProperty maskFromRight = new SimpleBooleanProperty(true);
    final StringProperty padding = new SimpleStringProperty("0");
    final StringProperty datePattern = new SimpleStringProperty("yyyy-MM-dd");
    final Map<DateUnit, BooleanProperty> dateUnits = new EnumMap<>(DateUnit.class);

    public BuilderForm() {
        for (DateUnit unit : DateUnit.values()) {
            dateUnits.put(unit, new SimpleBooleanProperty(unit == DateUnit.MONTH || unit == DateUnit.YEAR));
        }
    }

    /** Fills the fields of a builder's kind from its parameters. */
    public void load(HierarchyBuilder builder) {
        if (builder instanceof IntervalBuilder b) {
            origin.set(number(b.origin()));
            width.set(number(b.width()));
            fanouts.set(joined(b.fanouts()));
            bottom.set(b.bottom() == null ? "" : number(b.bottom()));
            top.set(b.top() == null ? "" : number(b.top()));
        } else if (builder instanceof OrderBuilder b) {
            order.set(String.join("\n", b.order()));
            groupSizes.set(joined(b.groupSizes()));
        } else if (builder instanceof MaskingBuilder b) {
            maskFromRight.set(b.fromRight());
            padding.set(String.valueOf(b.padding()));
        } else if (builder instanceof DateBuilder b) {
            datePattern.set(b.pattern());
            dateUnits.forEach((unit, ticked) -> ticked.set(b.units().contains(unit)));
        }
    }

    /**
     * The builder of a kind from the fields.
     *
     * @throws IllegalArgumentException naming the field that does not read, or the parameters that do not fit
     */
    public HierarchyBuilder toBuilder(BuilderKind kind) {
        return switch (kind) {
            case INTERVALS -> new IntervalBuilder(decimal("Start", origin.get()), decimal("Width", width.get()),
                    wholeNumbers("Join", fanouts.get()), optionalDecimal("Bottom", bottom.get()),
                    optionalDecimal("Top", top.get()));
            case ORDER -> new OrderBuilder(lines(order.get()), wholeNumbers("Group sizes", groupSizes.get()));
            case MASKING -> new MaskingBuilder(maskFromRight.get(), paddingChar());
            case DATES -> new DateBuilder(datePattern.get().trim(), tickedUnits());
            case MANUAL -> throw new IllegalArgumentException("A hierarchy made by hand has no builder.");
        };
    }

    private char paddingChar() {
        String text = padding.get();
        if (text == null || text.length() != 1) {
            throw new IllegalArgumentException("Padding must be one character, not '" + text + "'.");
        }
        return text.charAt(0);
    }

    private List<DateUnit> tickedUnits() {
        return dateUnits.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static double decimal(String field, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + " must be a number, not '" + text + "'.");
        }
    }

    private static Double optionalDecimal(String field, String text) {
        return text == null || text.isBlank() ? null : decimal(field, text);
    }

    /** Whole numbers separated by commas or spaces, e.g. {@code 2, 2}; empty for none. */
    private static List<Integer> wholeNumbers(String field, String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                try {
                    numbers.add(Integer.parseInt(part));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field + " must be whole numbers separated by commas, not '"
                            + text + "'.");
                }
            }
        }
        return numbers;
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** A number as the user would type it: {@code 10}, not {@code 10.0}. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
