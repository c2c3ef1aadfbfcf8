package org.veil.ui.explore;

import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.io.hierarchy.HierarchyCsvReader;

/**
 * The Adult census extract configured as in the benchmarks (eight quasi-identifiers, 6,480
 * transformations), 5-anonymity with at most 5 % suppressed. The Attributes step would set this up;
 * here it is done in code.
 */
public final class AdultProject {

    public static final List<String> QUASI_IDENTIFIERS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation");

    private AdultProject() {
    }

    public static Workspace workspace() {
        return workspace(5, 0.05);
    }

    /** Adult with k-anonymity for {@code k} and a suppression limit. */
    public static Workspace workspace(int k, double suppressionLimit) {
        try {
            ImportService imports = new ImportService();
            InputSource source = SampleData.source(SampleData.ADULT);
            Dataset data = imports.importDataset(new ImportRequest(source, imports.detect(source)),
                    ProgressListener.NONE, CancellationToken.NONE).dataset();
            Configuration configuration = Configuration.initial(data);
            for (String column : QUASI_IDENTIFIERS) {
                String file = "adult/adult_hierarchy_" + column + ".csv";
                Hierarchy hierarchy = HierarchyCsvReader.read(SampleData.source(file));
                configuration = configuration.withRole(column, AttributeRole.QUASI_IDENTIFYING)
                        .withHierarchy(column, new AssignedHierarchy(hierarchy, file));
            }
            configuration = configuration.withModelAdded(new ModelSpec.KAnonymitySpec(k)).withSuppressionLimit(suppressionLimit);
            return new Workspace(data, source.name(), source.path(), configuration);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the bundled Adult data", e);
        }
    }
}
