package org.veil.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationRequest;
import org.veil.ui.compare.ComparedColumn.Role;

/**
 * The input next to one transformation's output, row by row (the output keeps the input's record
 * order). Columns come quasi-identifiers first, then the ones released unchanged, then the removed
 * identifiers. Answers per cell and per row without storing anything per row.
 */
public final class Comparison {

    /** Columns are shown by role in this order: what changed first, what was removed last. */
    private static final List<Role> ORDER = List.of(Role.QUASI_IDENTIFIER, Role.SENSITIVE, Role.OTHER,
            Role.IDENTIFIER);

    private final Dataset input;
    private final Dataset output;
    private final List<ComparedColumn> columns;
    private final SuppressedRows suppressed;
    private final int suppressedRecords;

    private Comparison(Dataset input, Transformed shown, List<ComparedColumn> columns, SuppressedRows suppressed) {
        this.input = input;
        this.output = shown.output();
        this.columns = List.copyOf(columns);
        this.suppressed = suppressed;
        this.suppressedRecords = shown.evaluation().suppressedRecords();
    }

    /** Compares the input of a request with a transformation of it. */
    public static Comparison of(AnonymizationRequest request, Transformed shown) {
        Dataset input = request.dataset();
        List<ComparedColumn> columns = new ArrayList<>();
        for (int i = 0; i < input.columnCount(); i++) {
            String name = input.column(i).name();
            Role role = request.identifiers().contains(name) ? Role.IDENTIFIER
                    : request.quasiIdentifiers().containsKey(name) ? Role.QUASI_IDENTIFIER
                    : request.sensitiveAttributes().contains(name) ? Role.SENSITIVE : Role.OTHER;
            int outputIndex = shown.output().hasColumn(name) ? shown.output().indexOf(name) : -1;
            int level = role == Role.QUASI_IDENTIFIER ? shown.levels().get(name) : 0;
            int height = role == Role.QUASI_IDENTIFIER ? request.quasiIdentifiers().get(name).height() : 0;
            columns.add(new ComparedColumn(name, role, i, outputIndex, level, height));
        }
        columns.sort(Comparator.comparingInt(c -> ORDER.indexOf(c.role()))); // stable: input order within a role
        return new Comparison(input, shown, columns,
                new SuppressedRows(input, shown, request.quasiIdentifiers()));
    }

    public List<ComparedColumn> columns() {
        return columns;
    }

    public int rowCount() {
        return input.rowCount();
    }

    public Dataset input() {
        return input;
    }

    public Dataset output() {
        return output;
    }

    public int suppressedRecords() {
        return suppressedRecords;
    }

    /** The input value of a row in a column (an index into {@link #columns()}); {@code null} if missing. */
    public String inputValue(int row, int column) {
        return input.value(row, columns.get(column).inputIndex());
    }

    /** The released value; {@code null} if missing or if the column is removed. */
    public String outputValue(int row, int column) {
        ComparedColumn compared = columns.get(column);
        return compared.removed() ? null : output.value(row, compared.outputIndex());
    }

    /** Whether a released record shows a quasi-identifier's value generalized (differently from the input). */
    public boolean isGeneralized(int row, int column) {
        ComparedColumn compared = columns.get(column);
        if (compared.role() != Role.QUASI_IDENTIFIER || compared.level() == 0 || isSuppressed(row)) {
            return false;
        }
        return !text(inputValue(row, column)).equals(text(outputValue(row, column)));
    }

    /** Missing values and empty text look alike after generalization (level 0 writes missing as ""). */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Whether a record is suppressed: every quasi-identifier released as {@code *}. */
    public boolean isSuppressed(int row) {
        return suppressed.isSuppressed(row);
    }

    /** The next suppressed row after {@code row}, wrapping round at the end; -1 if none. */
    public int nextSuppressed(int row) {
        int rows = rowCount();
        for (int step = 1; step <= rows && suppressedRecords > 0; step++) {
            int candidate = Math.floorMod(row + step, rows);
            if (isSuppressed(candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    /** The suppressed row before {@code row}, wrapping round at the start; -1 if none. */
    public int previousSuppressed(int row) {
        int rows = rowCount();
        for (int step = 1; step <= rows && suppressedRecords > 0; step++) {
            int candidate = Math.floorMod(row - step, rows);
            if (isSuppressed(candidate)) {
                return candidate;
            }
        }
        return -1;
    }
}
