package org.veil.service.workspace;

import java.util.List;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.hierarchy.HierarchyCsvReader;
import org.veil.service.ImportRequest;
import org.veil.service.ImportResult;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.service.anonymize.ModelSpec;

/**
 * The sample project the workbench opens on first launch: the synthetic patients with their roles
 * set (name, SSN, e-mail and phone identifying; ZIP, birth date, sex and ethnicity quasi-identifying
 * with hierarchies; diagnosis sensitive), 5-anonymity and a 5% suppression limit.
 */
public final class SampleProject {

    private static final List<String> IDENTIFIERS = List.of("name", "ssn", "email", "phone");
    private static final List<String> QUASI_IDENTIFIERS = List.of("zip", "birth_date", "sex", "ethnicity");
    private static final String SENSITIVE = "diagnosis";

    private SampleProject() {
    }

    /**
     * Reads the sample data and its hierarchies.
     *
     * @throws DatasetReadException if the bundled files cannot be read (a broken installation)
     * @throws HierarchyException   likewise
     */
    public static Workspace health(ProgressListener progress, CancellationToken cancel)
            throws DatasetReadException, HierarchyException {
        ImportService imports = new ImportService();
        InputSource source = SampleData.source(SampleData.HEALTH);
        ReadOptions options = imports.detect(source);
        ImportResult imported = imports.importDataset(new ImportRequest(source, options), progress, cancel);
        Configuration configuration = Configuration.initial(imported.dataset());
        for (String column : IDENTIFIERS) {
            configuration = configuration.withRole(column, AttributeRole.IDENTIFYING);
        }
        for (String column : QUASI_IDENTIFIERS) {
            configuration = configuration.withRole(column, AttributeRole.QUASI_IDENTIFYING)
                    .withHierarchy(column, hierarchy(column));
        }
        configuration = configuration.withRole(SENSITIVE, AttributeRole.SENSITIVE)
                .withHierarchy(SENSITIVE, hierarchy(SENSITIVE))
                .withModelAdded(new ModelSpec.KAnonymitySpec(5))
                .withSuppressionLimit(0.05);
        return new Workspace(imported.dataset(), source.name(), source.path(), configuration, options);
    }

    private static AssignedHierarchy hierarchy(String column) throws DatasetReadException, HierarchyException {
        String file = "hierarchy_" + column + ".csv";
        Hierarchy hierarchy = HierarchyCsvReader.read(SampleData.source("health/" + file));
        return new AssignedHierarchy(hierarchy, file);
    }
}
