package org.veil.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.AuditRecorder;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.TinyProject;

/** Every change, undo, redo, run and selection appends to the audit trail, which undo never rewinds. */
class WorkspaceModelAuditTest {

    private final WorkspaceModel model = new WorkspaceModel(new AuditRecorder("ann",
            Clock.fixed(Instant.parse("2024-05-01T09:30:00Z"), ZoneOffset.UTC)));

    private List<String> descriptions() {
        return model.audit().entries().stream().map(e -> e.kind() + " " + e.description()).toList();
    }

    @Test
    void aChangeAppendsAnEntryWithItsKindAndUndoAndRedoAppendMore() {
        model.open(TinyProject.workspace(2, 0.25));
        model.change("Set role of zip to Insensitive",
                ws -> ws.withConfiguration(ws.configuration().withRole("zip", AttributeRole.INSENSITIVE)));
        model.change("Set suppression limit to 10%",
                ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(0.1)));
        model.undo().undo();
        model.undo().redo();
        model.change("Set suppression limit to 10%", ws -> ws); // no change, nothing recorded

        assertEquals(List.of("ROLE Set role of zip to Insensitive", "SETTING Set suppression limit to 10%",
                "SETTING Undo: Set suppression limit to 10%", "SETTING Redo: Set suppression limit to 10%"),
                descriptions());
        AuditEntry first = model.audit().entries().get(0);
        assertEquals("ann", first.user());
        assertEquals("2024-05-01T09:30:00Z", first.time());
        assertTrue(model.audit().verify().intact());
    }

    @Test
    void callersMayNameTheKindAndRecordOtherActions() {
        model.open(TinyProject.workspace(2, 0.25));
        model.change(AuditKind.HIERARCHY, "Tidy up", ws -> ws.withConfiguration(ws.configuration().withHierarchy("age",
                null)));
        model.record(AuditKind.EXPORT, "Exported", java.util.Map.of("sha256", "ab"));

        assertEquals(List.of("HIERARCHY Tidy up", "EXPORT Exported"), descriptions());
        assertEquals("ab", model.audit().entries().get(1).details().get("sha256"));
    }

    @Test
    void openingOtherDataStartsAFreshTrail() {
        model.open(TinyProject.workspace(2, 0.25));
        model.record(AuditKind.IMPORT, "Imported tiny.csv", java.util.Map.of());
        model.open(TinyProject.workspace(3, 0.25));
        assertTrue(model.audit().isEmpty());
    }

    @Test
    void aFinishedRunAndASelectionAreRecorded() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        models.anonymization().run();
        models.anonymization().select(TinyProject.node(models.anonymization(), 1, 2));

        List<AuditEntry> entries = models.workspace().audit().entries();
        assertEquals(2, entries.size());
        AuditEntry run = entries.get(0);
        assertEquals(AuditKind.RUN, run.kind());
        assertEquals("k=2", run.details().get("models"));
        assertEquals("0.25", run.details().get("suppressionLimit"));
        assertTrue(run.details().containsKey("optimum") && run.details().containsKey("millis"), run.details().toString());
        AuditEntry solution = entries.get(1);
        assertEquals(AuditKind.SOLUTION, solution.kind());
        assertTrue(solution.description().startsWith("Selected solution "), solution.description());
    }

    @Test
    void kindsAreInferredFromTheDescriptionsTheStepsUse() {
        assertEquals(AuditKind.ROLE, AuditRecorder.kindOf("Set role of zip to Sensitive"));
        assertEquals(AuditKind.TYPE, AuditRecorder.kindOf("Set type of age to Integer"));
        assertEquals(AuditKind.HIERARCHY, AuditRecorder.kindOf("Import hierarchy for zip"));
        assertEquals(AuditKind.HIERARCHY, AuditRecorder.kindOf("Remove hierarchy of zip"));
        assertEquals(AuditKind.HIERARCHY, AuditRecorder.kindOf("Build hierarchy of age: intervals"));
        assertEquals(AuditKind.HIERARCHY, AuditRecorder.kindOf("Add a level above level 1"));
        assertEquals(AuditKind.HIERARCHY, AuditRecorder.kindOf("Rename 1000* to North"));
        assertEquals(AuditKind.MODEL, AuditRecorder.kindOf("Add 5-anonymity"));
        assertEquals(AuditKind.MODEL, AuditRecorder.kindOf("Remove 2-anonymity"));
        assertEquals(AuditKind.MODEL, AuditRecorder.kindOf("Edit model: 2-anonymity → 3-anonymity"));
        assertEquals(AuditKind.SETTING, AuditRecorder.kindOf("Set metric to entropy"));
        assertEquals(AuditKind.SETTING, AuditRecorder.kindOf("Undo: Set suppression limit to 5%"));
        assertEquals(AuditKind.OTHER, AuditRecorder.kindOf("Remove name (Safe Harbor)"));
    }
}
