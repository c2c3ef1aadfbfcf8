package org.veil.service.workspace;

import java.util.List;
import java.util.Map;

/**
 * A project read back: the workspace, the transformation that was chosen when it was saved (empty
 * if none), the user's notes, and warnings to show (the data changed since the project was saved).
 */
public record OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
        List<String> warnings) {

    public OpenedProject {
        transformation = Map.copyOf(transformation);
        warnings = List.copyOf(warnings);
    }
}
