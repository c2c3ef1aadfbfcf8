package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.project.ProjectDocument;
import org.veil.project.ProjectDocument.ColumnEntry;
import org.veil.project.ProjectDocument.HierarchyEntry;
import org.veil.project.ProjectDocument.ModelEntry;
import org.veil.project.ProjectFormatException;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpecException;

/** A configuration as project-file content (columns, hierarchies, models), and back onto data. */
record ProjectContent(List<ColumnEntry> columns, Map<String, HierarchyEntry> hierarchyEntries,
        Map<String, Hierarchy> hierarchies, List<ModelEntry> models) {

    static ProjectContent of(Configuration configuration, Dataset dataset) {
        List<ColumnEntry> columns = new ArrayList<>();
        for (Column column : dataset.columns()) {
            ColumnType type = column.type();
            columns.add(new ColumnEntry(column.name(), configuration.role(column.name()).name(),
                    type.dataType().name(), type.pattern()));
        }
        Map<String, HierarchyEntry> entries = new LinkedHashMap<>();
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        int number = 1;
        for (Map.Entry<String, AssignedHierarchy> assigned : configuration.hierarchies().entrySet()) {
            String entry = String.format("hierarchies/%02d-%s.csv", number++, safe(assigned.getKey()));
            HierarchyBuilder builder = assigned.getValue().builder();
            entries.put(assigned.getKey(), new HierarchyEntry(entry, assigned.getValue().source(),
                    builder == null ? null : BuilderEntries.of(builder)));
            hierarchies.put(entry, assigned.getValue().hierarchy());
        }
        List<ModelEntry> models = configuration.models().stream().map(ModelEntries::of).toList();
        return new ProjectContent(columns, entries, hierarchies, models);
    }

    /** ZIP entry names from column names that may hold any character. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The data with the project's types, and the configuration restored. */
    record Restored(Dataset dataset, Configuration configuration) {
    }

    /**
     * Applies a project to its data, read afresh.
     *
     * @throws ProjectDataException   if the data lacks a column the project configures, or a model is invalid
     * @throws ProjectFormatException if a hierarchy's builder settings are damaged
     */
    static Restored restore(ProjectDocument document, Map<String, Hierarchy> hierarchiesByEntry, Dataset data)
            throws ProjectDataException, ProjectFormatException {
        Dataset dataset = data;
        Configuration configuration = Configuration.initial(data);
        for (ColumnEntry column : document.columns()) {
            if (!dataset.hasColumn(column.name())) {
                throw new ProjectDataException("the data has no column '" + column.name() + "', which the project"
                        + " configures; its columns are " + dataset.columnNames());
            }
            dataset = dataset.withColumnType(dataset.indexOf(column.name()), type(column));
            configuration = configuration.withRole(column.name(), role(column));
        }
        for (Map.Entry<String, HierarchyEntry> entry : document.hierarchies().entrySet()) {
            Hierarchy hierarchy = hierarchiesByEntry.get(entry.getValue().entry());
            Map<String, Object> builder = entry.getValue().builder();
            configuration = configuration.withHierarchy(entry.getKey(), new AssignedHierarchy(hierarchy,
                    entry.getValue().source(), builder == null ? null : BuilderEntries.builder(entry.getKey(), builder)));
        }
        List<ModelSpec> models = new ArrayList<>();
        for (ModelEntry model : document.models()) {
            try {
                models.add(ModelEntries.spec(model));
            } catch (ModelSpecException e) {
                throw new ProjectDataException("a privacy model of the project is invalid: " + e.getMessage(), e);
            }
        }
        configuration = configuration.withModels(models).withSuppressionLimit(document.suppressionLimit())
                .withMetric(document.metric());
        return new Restored(dataset, configuration);
    }

    private static ColumnType type(ColumnEntry column) throws ProjectDataException {
        try {
            DataType type = DataType.valueOf(column.type());
            return type == DataType.DATE ? ColumnType.date(column.pattern()) : ColumnType.of(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectDataException("column '" + column.name() + "' has an unknown type in the project", e);
        }
    }

    private static AttributeRole role(ColumnEntry column) throws ProjectDataException {
        try {
            return AttributeRole.valueOf(column.role());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectDataException("column '" + column.name() + "' has an unknown role in the project", e);
        }
    }
}
