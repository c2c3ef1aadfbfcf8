package org.veil.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.project.audit.AuditVerification;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The audit trail shown as a table: the entries that pass the filters (a kind, or all; a range of
 * dates, either end open), oldest first, and whether the hash chain of the whole trail holds.
 */
public final class AuditViewModel {

    /** The kind filter's first choice, which shows every kind. */
    public static final String ALL_KINDS = "All kinds";

    private final WorkspaceModel workspace;
    private final ZoneId zone;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AuditVerification> verification = new ReadOnlyObjectWrapper<>();
    private final StringBinding status;
    private final BooleanBinding intact;

    /** Filters dates in the system's time zone. */
    public AuditViewModel(WorkspaceModel workspace) {
        this(workspace, ZoneId.systemDefault());
    }

    /** Filters dates in {@code zone}: an entry's date is its UTC time there. */
    public AuditViewModel(WorkspaceModel workspace, ZoneId zone) {
        this.workspace = workspace;
        this.zone = zone;
        workspace.auditProperty().addListener((o, old, now) -> refresh());
        kind.addListener((o, old, now) -> filter());
        from.addListener((o, old, now) -> filter());
        to.addListener((o, old, now) -> filter());
        this.status = Bindings.createStringBinding(() -> verification.get().describe(), verification);
        this.intact = Bindings.createBooleanBinding(() -> verification.get().intact(), verification);
        refresh();
    }

    private void refresh() {
        verification.set(workspace.audit().verify());
        filter();
    }

    private void filter() {
        AuditTrail trail = workspace.audit();
        List<AuditEntry> shown = new ArrayList<>();
        for (AuditEntry entry : trail.entries()) {
            if (passes(entry)) {
                shown.add(entry);
            }
        }
        entries.setAll(shown);
    }

    private boolean passes(AuditEntry entry) {
        if (kind.get() != null && entry.kind() != kind.get()) {
            return false;
        }
        if (from.get() == null && to.get() == null) {
            return true;
        }
        Instant time = entry.instant();
        if (time == null) {
            return true; // a damaged time is shown, never hidden
        }
        LocalDate date = time.atZone(zone).toLocalDate();
        return (from.get() == null || !date.isBefore(from.get())) && (to.get() == null || !date.isAfter(to.get()));
    }

    /** The kind filter's choices: {@link #ALL_KINDS}, then every kind's name. */
    public static List<String> kindChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(ALL_KINDS);
        for (AuditKind each : AuditKind.values()) {
            choices.add(each.name());
        }
        return choices;
    }

    /** Sets the kind filter from a {@linkplain #kindChoices choice}. */
    public void chooseKind(String choice) {
        kind.set(choice == null || ALL_KINDS.equals(choice) ? null : AuditKind.valueOf(choice));
    }

    /** A time as shown in the table: date and time to the second in the zone, e.g. {@code 2024-05-01 11:30:00}. */
    public String formatTime(AuditEntry entry) {
        Instant time = entry.instant();
        if (time == null) {
            return entry.time();
        }
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(time.atZone(zone));
    }

    /** An entry's details as {@code key: value} pairs, one after the other. */
    public static String formatDetails(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        entry.details().forEach((key, value) -> text.append(text.length() == 0 ? "" : "; ").append(key)
                .append(": ").append(value));
        return text.toString();
    }

    /** The entries that pass the filters, oldest first. */
    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** The kind to show, or {@code null} for all. */
    public ObjectProperty<AuditKind> kindProperty() {
        return kind;
    }

    /** The first date to show, or {@code null}. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last date to show, or {@code null}. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<AuditVerification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** {@code Audit trail intact (N entries)} or {@code Audit trail broken at entry N: …}. */
    public StringBinding statusProperty() {
        return status;
    }

    public BooleanBinding intactProperty() {
        return intact;
    }
}
