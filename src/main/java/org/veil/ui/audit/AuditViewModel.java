package org.veil.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * dates, either end open), oldest first, and whether the hash chain of the whole trail holds; and
 * the details of the selected entry. Details are shown under human labels ({@link #detailLabel});
 * what the trail stores is never changed.
 */
public final class AuditViewModel {

    /** The kind filter's first choice, which shows every kind. */
    public static final String ALL_KINDS = "All kinds";

    /**
     * One fact of an entry as shown: a human label, the value as shown (counts grouped, the
     * suppression limit in percent) and whether it is a hash (shown in full, in a fixed-width font).
     *
     * @param key the key as stored in the trail, or {@code null} for the entry's own hashes
     */
    public record Detail(String key, String label, String value, boolean hash) {
    }

    /**
     * The labels of the detail keys the workbench records, in the order they are shown; other keys
     * follow in the order of their names, labelled by {@link #detailLabel}.
     */
    private static final Map<String, String> LABELS = labels();
    private static final Set<String> HASHES = Set.of("sha256", "contentSha256");
    private static final Set<String> COUNTS = Set.of("rows", "columns", "suppressedRecords", "classes");

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("file", "File");
        labels.put("content", "Content");
        labels.put("format", "Format");
        labels.put("rows", "Rows");
        labels.put("columns", "Columns");
        labels.put("sha256", "File SHA-256");
        labels.put("models", "Privacy models");
        labels.put("quasiIdentifiers", "Quasi-identifiers");
        labels.put("suppressionLimit", "Suppression limit");
        labels.put("metric", "Metric");
        labels.put("anonymous", "Anonymous");
        labels.put("optimum", "Optimum");
        labels.put("levels", "Levels");
        labels.put("suppressedRecords", "Suppressed records");
        labels.put("classes", "Equivalence classes");
        labels.put("millis", "Duration");
        labels.put("data", "Data");
        labels.put("auditTrail", "Audit trail");
        labels.put("contentSha256", "Configuration SHA-256");
        return java.util.Collections.unmodifiableMap(labels);
    }

    private final WorkspaceModel workspace;
    private final ZoneId zone;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AuditVerification> verification = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
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
        AuditEntry chosen = selected.get();
        entries.setAll(shown);
        if (chosen != null && !shown.contains(chosen)) {
            selected.set(null);
        }
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

    /** The detail keys with a label of their own (the ones the workbench records). */
    static Set<String> knownKeys() {
        return LABELS.keySet();
    }

    /**
     * The label a detail key is shown under: {@code quasiIdentifiers} is {@code Quasi-identifiers},
     * {@code contentSha256} is {@code Configuration SHA-256}; a key not known is split into words,
     * e.g. {@code someKey} is {@code Some key}.
     */
    public static String detailLabel(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        if (key == null || key.isEmpty()) {
            return "";
        }
        StringBuilder words = new StringBuilder().append(Character.toUpperCase(key.charAt(0)));
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && !Character.isUpperCase(key.charAt(i - 1))) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c == '_' ? ' ' : c);
            }
        }
        return words.toString();
    }

    /** A detail's value as shown: counts grouped ({@code 20,000}), the suppression limit in percent, the duration in ms. */
    public static String detailValue(String key, String value) {
        if (value == null) {
            return "";
        }
        try {
            if (COUNTS.contains(key)) {
                return String.format("%,d", Long.parseLong(value.strip()));
            }
            if ("millis".equals(key)) {
                return String.format("%,d ms", Long.parseLong(value.strip()));
            }
            if ("suppressionLimit".equals(key)) {
                return new BigDecimal(value.strip()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
        } catch (NumberFormatException e) {
            return value; // shown as recorded
        }
        if ("anonymous".equals(key) && (value.equals("true") || value.equals("false"))) {
            return value.equals("true") ? "yes" : "no";
        }
        return value;
    }

    /** An entry's details as shown: known keys in a fixed order, then the others by name. */
    public static List<Detail> details(AuditEntry entry) {
        Map<String, String> rest = new TreeMap<>(entry.details());
        List<Detail> shown = new ArrayList<>();
        for (String key : LABELS.keySet()) {
            if (rest.containsKey(key)) {
                shown.add(detail(key, rest.remove(key)));
            }
        }
        rest.forEach((key, value) -> shown.add(detail(key, value)));
        return shown;
    }

    private static Detail detail(String key, String value) {
        return new Detail(key, detailLabel(key), detailValue(key, value), HASHES.contains(key));
    }

    /** Everything the details pane shows of an entry: its {@linkplain #details details}, then its own hash and the one before. */
    public static List<Detail> allDetails(AuditEntry entry) {
        List<Detail> all = new ArrayList<>(details(entry));
        all.add(new Detail(null, "Entry hash", entry.hash(), true));
        all.add(new Detail(null, "Previous entry hash", entry.previousHash(), true));
        return all;
    }

    /** An entry's details on one line as {@code Label: value} pairs, e.g. {@code File: x.csv; File SHA-256: ab}. */
    public static String formatDetails(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (Detail detail : details(entry)) {
            text.append(text.length() == 0 ? "" : "; ").append(detail.label()).append(": ").append(detail.value());
        }
        return text.toString();
    }

    /** An entry's details one per line, in full, e.g. for a tooltip; empty if it has none. */
    public static String detailsText(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (Detail detail : details(entry)) {
            text.append(text.length() == 0 ? "" : "\n").append(detail.label()).append(": ").append(detail.value());
        }
        return text.toString();
    }

    /** The heading of the details pane, e.g. {@code #4 SAVE · 2026-11-24 12:00:00 · veil-sample}. */
    public String heading(AuditEntry entry) {
        return "#" + entry.sequence() + " " + entry.kind().name() + " \u00b7 " + formatTime(entry)
                + (entry.user().isEmpty() ? "" : " \u00b7 " + entry.user());
    }

    /** The entries that pass the filters, oldest first. */
    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** The entry whose details are shown, or {@code null}; cleared when the filters hide it. */
    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
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
