package org.veil.engine.golden;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvDatasetReader;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.hierarchy.HierarchyCsvReader;

/** The Adult sample ({@code sample-data/adult}) and its hierarchies, read once per test run. */
final class AdultData {

    static final List<String> COLUMNS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation", "salary-class");

    private static final Path FOLDER = Path.of("sample-data", "adult");
    private static Dataset dataset;
    private static final Map<String, Hierarchy> HIERARCHIES = new HashMap<>();

    private AdultData() {
    }

    static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                dataset = CsvDatasetReader.read(InputSource.of(FOLDER.resolve("adult.csv")),
                        CsvReadOptions.defaults().withDelimiter(';'), Integer.MAX_VALUE, ProgressListener.NONE,
                        CancellationToken.NONE);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the Adult sample", e);
            }
        }
        return dataset;
    }

    static synchronized Hierarchy hierarchy(String column) {
        return HIERARCHIES.computeIfAbsent(column, name -> {
            try {
                return HierarchyCsvReader.read(InputSource.of(FOLDER.resolve("adult_hierarchy_" + name + ".csv")));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the hierarchy of " + name, e);
            }
        });
    }

    /** Every column but one. */
    static List<String> allBut(String column) {
        return COLUMNS.stream().filter(name -> !name.equals(column)).toList();
    }

    static ReferenceProblem problem(List<String> quasiIdentifiers, List<ReferenceModel> models, double limit,
            String metric) {
        return new ReferenceProblem(dataset(),
                quasiIdentifiers.stream().map(name -> new ReferenceProblem.Qi(name, hierarchy(name))).toList(),
                Set.of(), models, limit, metric);
    }
}
