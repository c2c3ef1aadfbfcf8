package org.veil.engine.hierarchy.build;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Dates (and date-times) to coarser units, one level per unit chosen, finest first; a last level is
 * {@code *}. Labels: week {@code 2023-W05} (ISO week-based year and week), month {@code 2023-01},
 * quarter {@code 2023-Q1}, year {@code 2023}, decade {@code 2020s}, century {@code 21st century}
 * (centuries run from a year ending in 01: 1901–2000 is the 20th; years before 1 are
 * {@code 1st century BC} and so on). The height is {@code units.size() + 1}.
 *
 * <p>Values are read as the data type reads them: strictly (no 30 February), in {@link Locale#US},
 * with {@code y} meaning the proleptic year; a time of day, if the pattern has one, is ignored for
 * the levels but orders the rows.
 *
 * <p>Some units do not nest, and the hierarchy must be a tree, so these sequences are refused: a
 * week followed by anything but the top (2021-01-03 lies in week 2020-W53, and weeks cross month
 * and quarter boundaries), and a decade followed by a century (the 2000s straddle the 20th and 21st
 * centuries).
 *
 * @param pattern the {@link java.time.format.DateTimeFormatter} pattern the values are written in,
 *                e.g. {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm}; it must give year, month and day
 * @param units   the levels, each coarser than the one before (e.g. MONTH, YEAR, DECADE), at least one
 */
public record DateBuilder(String pattern, List<DateUnit> units) implements HierarchyBuilder {

    /** The units a date can be generalized to, finest first. */
    public enum DateUnit {
        WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY;

        /** The unit's name in a sentence: {@code month}. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @throws IllegalArgumentException if the pattern is not a pattern of whole dates, there are no
     *                                  units, the units are not each coarser than the one before, or
     *                                  they do not nest (see above)
     */
    public DateBuilder {
        units = List.copyOf(units);
        formatter(pattern);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one unit to generalize the dates to.");
        }
        for (int i = 1; i < units.size(); i++) {
            DateUnit before = units.get(i - 1);
            DateUnit unit = units.get(i);
            if (unit.compareTo(before) <= 0) {
                throw new IllegalArgumentException("The units must go from finer to coarser, each once, not "
                        + before.word() + " then " + unit.word() + ".");
            }
            if (before == DateUnit.WEEK) {
                throw new IllegalArgumentException("A week can only be followed by the top level *: weeks cross"
                        + " month, quarter and year boundaries (2021-01-03 lies in week 2020-W53), so no coarser"
                        + " unit holds every week whole.");
            }
            if (before == DateUnit.DECADE && unit == DateUnit.CENTURY) {
                throw new IllegalArgumentException("A decade cannot be followed by a century: the 2000s"
                        + " (2000–2009) straddle the 20th century (1901–2000) and the 21st (2001–2100)."
                        + " Go from year to century instead.");
            }
        }
    }

    /**
     * The strict formatter of a pattern.
     *
     * @throws IllegalArgumentException if the pattern is invalid or does not give a whole date
     */
    static DateTimeFormatter formatter(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("Dates need the pattern they are written in, such as yyyy-MM-dd.");
        }
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(properYears(pattern), Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage() + ".");
        }
        LocalDateTime sample = LocalDateTime.of(2001, 2, 3, 4, 5, 6);
        try {
            if (formatter.parse(formatter.format(sample), LocalDate::from).equals(sample.toLocalDate())) {
                return formatter;
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("The pattern '" + pattern + "' does not give whole dates: it needs the"
                + " year, month and day, e.g. yyyy-MM-dd or dd.MM.yyyy HH:mm.");
    }

    /**
     * The pattern with year-of-era {@code y} read as proleptic year {@code u}, outside quoted text:
     * strict resolving cannot settle a year of era without an era.
     */
    private static String properYears(String pattern) {
        StringBuilder proper = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            proper.append(!quoted && c == 'y' ? 'u' : c);
        }
        return proper.toString();
    }

    /** Values that do not parse under the pattern are refused; the message lists them. */
    @Override
    public Hierarchy build(List<String> values) throws HierarchyException {
        DateTimeFormatter formatter = formatter(pattern);
        List<String> notDates = new ArrayList<>();
        List<Dated> dates = new ArrayList<>();
        for (String value : BuildInput.distinct(values)) {
            try {
                TemporalAccessor parsed = formatter.parse(value.trim());
                LocalTime time = parsed.query(TemporalQueries.localTime());
                dates.add(new Dated(value, LocalDate.from(parsed), time == null ? LocalTime.MIN : time));
            } catch (DateTimeException e) {
                notDates.add(value);
            }
        }
        if (!notDates.isEmpty()) {
            throw new HierarchyException(BuildInput.count(notDates.size(), "value")
                    + (notDates.size() == 1 ? " is not a date" : " are not dates") + " written as " + pattern,
                    BuildInput.listed(notDates));
        }
        dates.sort(Comparator.comparing(Dated::date).thenComparing(Dated::time).thenComparing(Dated::text));

        List<String[]> rows = new ArrayList<>(dates.size());
        for (Dated dated : dates) {
            String[] row = new String[units.size() + 2];
            row[0] = dated.text();
            for (int level = 1; level <= units.size(); level++) {
                row[level] = label(dated.date(), units.get(level - 1));
            }
            row[row.length - 1] = TOP;
            rows.add(row);
        }
        return Hierarchy.of(rows);
    }

    /** The group of a date in a unit, e.g. {@code 2023-Q1}. */
    static String label(LocalDate date, DateUnit unit) {
        int year = date.getYear();
        return switch (unit) {
            case WEEK -> year(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                    + twoDigits(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> year(year) + "-" + twoDigits(date.getMonthValue());
            case QUARTER -> year(year) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> year(year);
            case DECADE -> Math.floorDiv(year, 10) * 10 + "s";
            case CENTURY -> year >= 1 ? ordinal((year - 1) / 100 + 1) + " century"
                    : ordinal((-year) / 100 + 1) + " century BC"; // year 0 is 1 BC
        };
    }

    /** A year in four digits where it has at most four ({@code 0800}), else as it is. */
    private static String year(int year) {
        return year >= 0 && year <= 9999 ? String.format(Locale.ROOT, "%04d", year) : Integer.toString(year);
    }

    private static String twoDigits(int number) {
        return String.format(Locale.ROOT, "%02d", number);
    }

    /** {@code 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd …}. */
    static String ordinal(int number) {
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + suffix;
    }

    /** E.g. {@code Dates: month, year, decade}. */
    @Override
    public String describe() {
        return "Dates: " + String.join(", ", units.stream().map(DateUnit::word).toList());
    }

    /** A value as given, its date and its time of day (midnight if it has none). */
    private record Dated(String text, LocalDate date, LocalTime time) {
    }
}
