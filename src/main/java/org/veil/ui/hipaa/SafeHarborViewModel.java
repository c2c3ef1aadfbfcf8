package org.veil.ui.hipaa;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hipaa.SuggestedFix;
import org.veil.service.hipaa.ReviewedFinding;
import org.veil.service.hipaa.SafeHarborReview;
import org.veil.service.hipaa.SafeHarborService;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The HIPAA Safe Harbor check of the open data: which columns hold which of the 18 identifier kinds,
 * whether the configuration already deals with each, and one-click fixes (remove the column, or make
 * it a quasi-identifier with a suitable hierarchy), each an undoable change. Rescanned, off the UI
 * thread, whenever the workspace changes.
 */
public final class SafeHarborViewModel {

    private final WorkspaceModel workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SafeHarborService service = new SafeHarborService();
    private final ObservableList<ReviewedFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private int generation;

    public SafeHarborViewModel(WorkspaceModel workspace, TaskRunner tasks, DialogService dialogs) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        workspace.workspaceProperty().addListener((o, old, now) -> scan(now));
        scan(workspace.get());
    }

    private void scan(Workspace current) {
        int request = ++generation;
        if (current == null) {
            findings.clear();
            summary.set("Open a dataset to check it against the HIPAA Safe Harbor method.");
            return;
        }
        summary.set("Checking the columns…");
        tasks.run((progress, cancel) -> service.scan(current), new TaskListener<SafeHarborReview>() {
            @Override
            public void succeeded(SafeHarborReview review) {
                if (request == generation) {
                    findings.setAll(review.findings());
                    summary.set(describe(review));
                }
            }

            @Override
            public void failed(Throwable error) {
                summary.set("The check failed: " + error.getMessage());
            }
        });
    }

    private static String describe(SafeHarborReview review) {
        if (review.findings().isEmpty()) {
            return "No column looks like one of the 18 Safe Harbor identifiers. Safe Harbor also requires that you"
                    + " have no actual knowledge that the rest could identify someone.";
        }
        long columns = review.findings().stream().map(ReviewedFinding::column).distinct().count();
        int open = review.open().size();
        return String.format("%d finding%s in %d column%s; %s", review.findings().size(),
                review.findings().size() == 1 ? "" : "s", columns, columns == 1 ? "" : "s",
                open == 0 ? "the configuration deals with all of them (check the generalized levels)."
                        : open + " need" + (open == 1 ? "s" : "") + " action.");
    }

    /** Applies a finding's suggested fix to the configuration, undoably. */
    public void fix(ReviewedFinding finding) {
        Workspace current = workspace.get();
        if (current == null || !finding.needsAction()) {
            return;
        }
        try {
            Configuration fixed = service.fix(current, finding.finding());
            workspace.change(describeFix(finding), ws -> ws.withConfiguration(fixed));
        } catch (HierarchyException | IllegalArgumentException e) {
            dialogs.showError("Cannot fix " + finding.column(), e.getMessage());
        }
    }

    /** Applies every open finding's fix as one undoable change. */
    public void fixAll() {
        Workspace current = workspace.get();
        if (current == null || findings.stream().noneMatch(ReviewedFinding::needsAction)) {
            return;
        }
        try {
            Configuration fixed = service.fixAll(current);
            workspace.change("Fix all Safe Harbor findings", ws -> ws.withConfiguration(fixed));
        } catch (HierarchyException | IllegalArgumentException e) {
            dialogs.showError("Cannot fix the findings", e.getMessage());
        }
    }

    static String describeFix(ReviewedFinding finding) {
        return (finding.finding().fix().action() == SuggestedFix.Action.REMOVE ? "Remove " : "Generalize ")
                + finding.column() + " (Safe Harbor)";
    }

    /** What a fix button says, e.g. {@code Remove} or {@code Generalize}; empty when nothing is to be done. */
    static String fixLabel(ReviewedFinding finding) {
        if (!finding.needsAction()) {
            return "";
        }
        return finding.finding().fix().action() == SuggestedFix.Action.REMOVE ? "Remove" : "Generalize";
    }

    public ObservableList<ReviewedFinding> findings() {
        return findings;
    }

    /** How many findings and how many need action, or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The findings that still need action. */
    public List<ReviewedFinding> open() {
        return findings.stream().filter(ReviewedFinding::needsAction).toList();
    }
}
