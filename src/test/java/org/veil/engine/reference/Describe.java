package org.veil.engine.reference;

import java.util.Arrays;
import org.veil.engine.data.Dataset;

/** A problem written out in full, so that a failing property shows what it ran on. */
public final class Describe {

    private Describe() {
    }

    public static String problem(ReferenceProblem problem) {
        StringBuilder text = new StringBuilder();
        text.append("models ").append(problem.models()).append(", suppression limit ")
                .append(problem.suppressionLimit()).append(", metric ").append(problem.metric())
                .append(", identifiers ").append(problem.identifiers()).append('\n');
        for (ReferenceProblem.Qi qi : problem.quasiIdentifiers()) {
            text.append("hierarchy of ").append(qi.column()).append(':');
            qi.hierarchy().rows().forEach(row -> text.append(' ').append(String.join(";", row)));
            text.append('\n');
        }
        for (ReferenceModel model : problem.models()) {
            if (model.hierarchy() != null) {
                text.append("hierarchy of ").append(model.attribute()).append(':');
                model.hierarchy().rows().forEach(row -> text.append(' ').append(String.join(";", row)));
                text.append('\n');
            }
        }
        Dataset data = problem.data();
        text.append(String.join(";", data.columnNames())).append('\n');
        for (int r = 0; r < data.rowCount(); r++) {
            String[] row = new String[data.columnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = data.value(r, c);
            }
            text.append(String.join(";", Arrays.asList(row))).append('\n');
        }
        return text.toString();
    }
}
