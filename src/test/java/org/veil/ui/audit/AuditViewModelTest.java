package org.veil.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.workspace.WorkspaceModel;

/** Filtering the audit table by kind and dates, and the chain's status. */
class AuditViewModelTest {

    private static Clock at(String time) {
        return Clock.fixed(Instant.parse(time), ZoneOffset.UTC);
    }

    private final WorkspaceModel workspace = new WorkspaceModel();

    private AuditViewModel threeDays() {
        AuditTrail trail = AuditTrail.empty()
                .append(AuditKind.IMPORT, "Imported tiny.csv", Map.of(), "ann", at("2024-05-01T09:00:00Z"))
                .append(AuditKind.ROLE, "Set role of zip", Map.of(), "ann", at("2024-05-02T09:00:00Z"))
                .append(AuditKind.ROLE, "Set role of age", Map.of(), "ann", at("2024-05-02T23:30:00Z"))
                .append(AuditKind.EXPORT, "Exported", Map.of("sha256", "ab", "file", "x.csv"), "bob",
                        at("2024-05-03T08:00:00Z"));
        workspace.open(TinyProject.workspace(2, 0.25), null, trail);
        return new AuditViewModel(workspace, ZoneOffset.UTC);
    }

    private static List<Long> numbers(AuditViewModel model) {
        return model.entries().stream().map(AuditEntry::sequence).toList();
    }

    @Test
    void filtersByKindAndDateRange() {
        AuditViewModel model = threeDays();
        assertEquals(List.of(1L, 2L, 3L, 4L), numbers(model));
        assertEquals("Audit trail intact (4 entries)", model.statusProperty().get());

        model.chooseKind("ROLE");
        assertEquals(List.of(2L, 3L), numbers(model));
        model.chooseKind(AuditViewModel.ALL_KINDS);
        assertEquals(List.of(1L, 2L, 3L, 4L), numbers(model));

        model.fromProperty().set(LocalDate.of(2024, 5, 2));
        assertEquals(List.of(2L, 3L, 4L), numbers(model));
        model.toProperty().set(LocalDate.of(2024, 5, 2));
        assertEquals(List.of(2L, 3L), numbers(model), "both ends are inclusive");
        model.fromProperty().set(null);
        assertEquals(List.of(1L, 2L, 3L), numbers(model));

        model.chooseKind("EXPORT");
        assertTrue(model.entries().isEmpty());
    }

    @Test
    void datesAreTakenInTheViewsZone() {
        threeDays();
        AuditViewModel model = new AuditViewModel(workspace, ZoneOffset.ofHours(2));
        model.fromProperty().set(LocalDate.of(2024, 5, 3));
        assertEquals(List.of(3L, 4L), numbers(model), "23:30 UTC is the next day at +02:00");
        assertEquals("2024-05-03 01:30:00", model.formatTime(model.entries().get(0)));
    }

    @Test
    void followsNewEntriesAndReportsABrokenChain() {
        AuditViewModel model = threeDays();
        model.chooseKind("EXPORT");
        workspace.record(AuditKind.EXPORT, "Exported again", Map.of());
        assertEquals(List.of(4L, 5L), numbers(model));
        assertEquals("Audit trail intact (5 entries)", model.statusProperty().get());
        assertEquals("file: x.csv; sha256: ab", AuditViewModel.formatDetails(model.entries().get(0)));

        List<AuditEntry> entries = new ArrayList<>(workspace.audit().entries());
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.sequence(), third.time(), third.user(), third.kind(), "Set role of agE",
                third.details(), third.previousHash(), third.hash()));
        workspace.open(workspace.get(), null, AuditTrail.of(entries));

        assertFalse(model.intactProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Audit trail broken at entry 3: "),
                model.statusProperty().get());
    }
}
