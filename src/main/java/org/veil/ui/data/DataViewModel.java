package org.veil.ui.data;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.engine.data.TypeCheck;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.InvalidValuesWarning;
import org.veil.ui.workspace.WorkspaceModel;

/** The Data step: the dataset as imported, and changing a column's type (undoably). */
public final class DataViewModel {

    private final WorkspaceModel workspace;
    private final DialogService dialogs;
    private final ObjectBinding<Dataset> dataset;

    public DataViewModel(WorkspaceModel workspace, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.dataset = Bindings.createObjectBinding(
                () -> workspace.get() == null ? null : workspace.get().dataset(), workspace.workspaceProperty());
    }

    /** Changes a column's type, undoably, and lists the values that do not parse under it. */
    public void changeColumnType(int column, ColumnType type) {
        Workspace current = workspace.get();
        if (current == null || current.dataset().column(column).type().equals(type)) {
            return;
        }
        String name = current.dataset().column(column).name();
        workspace.change("Set type of " + name + " to " + type.label(),
                ws -> ws.withDataset(ws.dataset().withColumnType(column, type)));
        List<InvalidValue> invalid = TypeCheck.invalidValues(current.dataset().column(column), type);
        if (!invalid.isEmpty()) {
            InvalidValuesWarning.show(dialogs, name, type, invalid);
        }
    }

    public ObjectBinding<Dataset> datasetProperty() {
        return dataset;
    }
}
