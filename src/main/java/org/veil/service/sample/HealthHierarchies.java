package org.veil.service.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;

/**
 * Generalization hierarchies for the synthetic health data, derived from the values that occur:
 * one row per distinct value, {@code value;level1;…;*}, each level coarser than the one before.
 */
public final class HealthHierarchies {

    /** The quasi-identifiers and the diagnosis: the columns that get a hierarchy, in this order. */
    public static final List<String> COLUMNS = List.of("zip", "birth_date", "sex", "ethnicity", "diagnosis");

    /** The top of every hierarchy: the value fully suppressed. */
    public static final String SUPPRESSED = "*";

    private HealthHierarchies() {
    }

    /** The hierarchy of each of {@link #COLUMNS}, by column name, in that order. */
    public static Map<String, List<String[]>> build(Dataset data) {
        Map<String, List<String[]>> hierarchies = new LinkedHashMap<>();
        for (String name : COLUMNS) {
            hierarchies.put(name, hierarchy(data.column(name)));
        }
        return hierarchies;
    }

    private static List<String[]> hierarchy(Column column) {
        List<String[]> rows = new ArrayList<>();
        for (String value : column.dictionary().values()) {
            if (value != null) {
                List<String> row = new ArrayList<>();
                row.add(value);
                row.addAll(generalizations(column.name(), value));
                row.add(SUPPRESSED);
                rows.add(row.toArray(new String[0]));
            }
        }
        rows.sort(siblingsTogether());
        return rows;
    }

    /** The levels between a value and {@link #SUPPRESSED}, finest first. */
    private static List<String> generalizations(String column, String value) {
        return switch (column) {
            case "zip" -> zipLevels(value);
            case "birth_date" -> birthDateLevels(value);
            case "sex" -> List.of();
            case "ethnicity" -> List.of(Ethnicities.groupOf(value));
            case "diagnosis" -> List.of(Icd10Chapters.categoryOf(value), Icd10Chapters.chapterOf(value));
            default -> throw new IllegalArgumentException("no hierarchy for column " + column);
        };
    }

    /** Masks one more digit from the right per level: 10027, 1002*, 100**, 10***, 1****. */
    private static List<String> zipLevels(String zip) {
        List<String> levels = new ArrayList<>();
        for (int masked = 1; masked < zip.length(); masked++) {
            levels.add(zip.substring(0, zip.length() - masked) + "*".repeat(masked));
        }
        return levels;
    }

    /** Month, year, five-year band, decade: 1984-03, 1984, 1980-1984, 1980-1989. */
    private static List<String> birthDateLevels(String isoDate) {
        int year = Integer.parseInt(isoDate.substring(0, 4));
        int fiveYears = year - year % 5;
        int decade = year - year % 10;
        return List.of(isoDate.substring(0, 7), Integer.toString(year),
                fiveYears + "-" + (fiveYears + 4), decade + "-" + (decade + 9));
    }

    /**
     * Orders rows by their coarsest level first, then finer ones, so that values sharing a parent
     * stand together, and within a parent by value.
     */
    private static Comparator<String[]> siblingsTogether() {
        return (a, b) -> {
            for (int level = a.length - 2; level >= 0; level--) {
                int order = a[level].compareTo(b[level]);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
    }
}
