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
        assertEquals("File: x.csv; File SHA-256: ab", AuditViewModel.formatDetails(model.entries().get(0)));

        List<AuditEntry> entries = new ArrayList<>(workspace.audit().entries());
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.sequence(), third.time(), third.user(), third.kind(), "Set role of agE",
                third.details(), third.previousHash(), third.hash()));
        workspace.open(workspace.get(), null, AuditTrail.of(entries));

        assertFalse(model.intactProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Audit trail broken at entry 3: "),
                model.statusProperty().get());
    }

    @Test
    void detailsAreShownUnderHumanLabelsInAFixedOrderWithoutChangingTheEntry() {
        AuditTrail trail = AuditTrail.empty().append(AuditKind.RUN, "Anonymized", Map.of("models", "k=5",
                "suppressionLimit", "0.05", "metric", "loss", "quasiIdentifiers", "zip, age", "millis", "1234",
                "anonymous", "true", "someNewKey", "x"), "ann", at("2024-05-01T09:00:00Z"))
                .append(AuditKind.SAVE, "Saved", Map.of("contentSha256", "c0ffee".repeat(10) + "beef"), "ann",
                        at("2024-05-01T09:01:00Z"));
        AuditEntry run = trail.entries().get(0);
        AuditEntry save = trail.entries().get(1);

        assertEquals(List.of("Privacy models", "Quasi-identifiers", "Suppression limit", "Metric", "Anonymous",
                "Duration", "Some new key"), AuditViewModel.details(run).stream().map(AuditViewModel.Detail::label)
                        .toList());
        assertEquals(List.of("k=5", "zip, age", "5%", "loss", "yes", "1,234 ms", "x"),
                AuditViewModel.details(run).stream().map(AuditViewModel.Detail::value).toList());
        assertEquals("Privacy models: k=5; Quasi-identifiers: zip, age; Suppression limit: 5%; Metric: loss;"
                + " Anonymous: yes; Duration: 1,234 ms; Some new key: x", AuditViewModel.formatDetails(run));
        assertEquals("Privacy models: k=5\nQuasi-identifiers: zip, age\nSuppression limit: 5%\nMetric: loss\n"
                + "Anonymous: yes\nDuration: 1,234 ms\nSome new key: x", AuditViewModel.detailsText(run));

        List<AuditViewModel.Detail> all = AuditViewModel.allDetails(save);
        assertEquals(new AuditViewModel.Detail("contentSha256", "Configuration SHA-256", "c0ffee".repeat(10) + "beef",
                true), all.get(0), "a hash is shown in full");
        assertEquals(new AuditViewModel.Detail(null, "Entry hash", save.hash(), true), all.get(1));
        assertEquals(new AuditViewModel.Detail(null, "Previous entry hash", run.hash(), true), all.get(2));

        assertEquals("0.05", run.details().get("suppressionLimit"), "the entry keeps what was recorded");
        assertTrue(trail.verify().intact());
    }

    @Test
    void everyKeyTheWorkbenchRecordsHasALabelAndCountsAreGrouped() {
        List<String> recorded = new ArrayList<>(org.veil.service.workspace.AuditRecorder.describe(
                TinyProject.workspace(2, 0.25).configuration()).keySet());
        recorded.addAll(List.of("file", "sha256", "rows", "columns", "format", "content", "millis", "anonymous",
                "optimum", "levels", "suppressedRecords", "classes", "auditTrail", "data",
                org.veil.project.ProjectArchive.CONTENT_SHA256));
        for (String key : recorded) {
            assertTrue(AuditViewModel.knownKeys().contains(key), key + " has no label");
            String label = AuditViewModel.detailLabel(key);
            assertFalse(label.equals(key) || label.chars().skip(1).anyMatch(Character::isUpperCase)
                    && !label.contains("SHA"), key + " is shown as " + label);
        }
        assertEquals("Quasi-identifiers", AuditViewModel.detailLabel("quasiIdentifiers"));
        assertEquals("Configuration SHA-256", AuditViewModel.detailLabel("contentSha256"));
        assertEquals("Some key", AuditViewModel.detailLabel("someKey"), "a key not known is split into words");
        assertEquals("20,000", AuditViewModel.detailValue("rows", "20000"));
        assertEquals("1,234", AuditViewModel.detailValue("suppressedRecords", "1234"));
        assertEquals("lots", AuditViewModel.detailValue("rows", "lots"), "a value that is no number is shown as is");
        assertEquals("20000", AuditViewModel.detailValue("file", "20000"));
    }

    @Test
    void theSelectionIsClearedWhenTheFiltersHideIt() {
        AuditViewModel model = threeDays();
        AuditEntry export = model.entries().get(3);
        model.selectedProperty().set(export);
        model.chooseKind("EXPORT");
        assertEquals(export, model.selectedProperty().get());
        model.chooseKind("ROLE");
        assertEquals(null, model.selectedProperty().get());
        assertEquals("#4 EXPORT \u00b7 2024-05-03 08:00:00 \u00b7 bob", model.heading(export));
    }
}
