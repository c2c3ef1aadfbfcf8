package org.veil.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.HierarchyFiles;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;

/**
 * What the steps that show a column's hierarchy can do with it: import one from a file (in the
 * background, refused unless it covers every value), export it, remove it. Changes to the
 * workspace are undoable commands.
 */
public final class HierarchyActions {

    public static final List<DialogService.FileFilter> FILES = List.of(
            new DialogService.FileFilter("Hierarchies (CSV)", List.of("*.csv", "*.tsv", "*.txt")),
            new DialogService.FileFilter("All files", List.of("*.*")));

    private final WorkspaceModel workspace;
    private final BackgroundWork work;
    private final DialogService dialogs;

    public HierarchyActions(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs) {
        this.workspace = workspace;
        this.work = work;
        this.dialogs = dialogs;
    }

    /** Asks for a hierarchy file and imports it for a column. */
    public void askAndImport(String column) {
        dialogs.showOpenDialog("Import hierarchy for " + column, FILES).ifPresent(file -> importFile(column, file));
    }

    /**
     * Reads a hierarchy file in the background and assigns it to a column; a file that does not cover
     * every value of the column is refused with an error listing the values.
     */
    public void importFile(String column, Path file) {
        if (workspace.get() == null) {
            return;
        }
        Dataset data = workspace.get().dataset();
        startOrWarn(work.run("Reading " + file.getFileName() + "…", "Hierarchy import for " + column,
                (progress, cancel) -> HierarchyFiles.read(file, data, column),
                assigned -> {
                    workspace.change("Import hierarchy for " + column,
                            ws -> ws.withConfiguration(ws.configuration().withHierarchy(column, assigned)));
                    return String.format("Imported %s for %s: height %d, %,d values", assigned.source(), column,
                            assigned.hierarchy().height(), assigned.hierarchy().size());
                }));
    }

    /** Asks where to write a column's hierarchy, then writes it. */
    public void askAndExport(String column) {
        AssignedHierarchy assigned = hierarchyOf(column);
        if (assigned != null) {
            dialogs.showSaveDialog("Export hierarchy of " + column, HierarchyFiles.suggestedName(column, assigned),
                    FILES).ifPresent(target -> exportTo(column, target));
        }
    }

    /** Writes a column's hierarchy in the background in the common CSV layout, never over the data's file. */
    public void exportTo(String column, Path target) {
        AssignedHierarchy assigned = hierarchyOf(column);
        if (assigned == null) {
            return;
        }
        Path input = workspace.get().inputFile();
        startOrWarn(work.run("Writing " + target.getFileName() + "…", "Hierarchy export",
                (progress, cancel) -> {
                    HierarchyFiles.write(assigned.hierarchy(), target, input);
                    return target;
                },
                written -> "Exported the hierarchy of " + column + " to " + written.getFileName()));
    }

    /** Removes a column's hierarchy, if it has one. */
    public void remove(String column) {
        if (hierarchyOf(column) != null) {
            workspace.change("Remove hierarchy of " + column,
                    ws -> ws.withConfiguration(ws.configuration().withHierarchy(column, null)));
        }
    }

    private AssignedHierarchy hierarchyOf(String column) {
        return workspace.get() == null ? null : workspace.get().configuration().hierarchy(column);
    }

    private void startOrWarn(boolean started) {
        if (!started) {
            dialogs.showWarning("Still working", "Wait for the running job to finish, or cancel it.");
        }
    }
}
