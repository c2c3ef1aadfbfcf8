package org.veil.engine.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;

/**
 * A sensitive attribute of the whole input: its distribution P and its values in ascending order
 * (by number or date for numeric and date columns, else alphabetically), as the t-closeness distances need them.
 */
record SensitiveColumn(Map<String, Double> distribution, List<String> ascending) {

    static SensitiveColumn of(Dataset input, String attribute) {
        Column column = input.column(attribute);
        Map<String, Integer> counts = new HashMap<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int row = 0; row < column.rowCount(); row++) {
            counts.merge(column.value(row), 1, Integer::sum);
            distinct.add(column.value(row));
        }
        return new SensitiveColumn(shares(counts, column.rowCount()), sorted(distinct, column.type()));
    }

    /** The share of each value in a list of values. */
    static Map<String, Double> distributionOf(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        return shares(counts, values.size());
    }

    private static Map<String, Double> shares(Map<String, Integer> counts, int total) {
        Map<String, Double> shares = new HashMap<>();
        counts.forEach((value, count) -> shares.put(value, (double) count / total));
        return shares;
    }

    private static List<String> sorted(LinkedHashSet<String> values, ColumnType type) {
        List<String> list = new ArrayList<>(values);
        Comparator<String> order = switch (type.dataType()) {
            case INTEGER, DECIMAL -> Comparator.comparing(BigDecimal::new);
            case STRING -> Comparator.naturalOrder();
            case DATE -> chronological(type.pattern());
        };
        list.sort(Comparator.nullsFirst(order));
        return list;
    }

    /** Dates (with or without a time) in the order of the instants they name. */
    private static Comparator<String> chronological(String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.US);
        boolean withTime = pattern.contains("H");
        return Comparator.comparing(value -> withTime ? LocalDateTime.parse(value, format)
                : LocalDate.parse(value, format).atStartOfDay());
    }
}
