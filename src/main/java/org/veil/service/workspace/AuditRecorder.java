package org.veil.service.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import org.veil.io.InputSource;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;

/**
 * Appends entries to audit trails as a user, with a clock: the operating-system user and UTC time
 * unless told otherwise (tests).
 */
public final class AuditRecorder {

    private final String user;
    private final Clock clock;

    public AuditRecorder(String user, Clock clock) {
        this.user = Objects.requireNonNullElse(user, "");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user of {@code System.getProperty("user.name")}, the UTC system clock. */
    public static AuditRecorder system() {
        return new AuditRecorder(System.getProperty("user.name", ""), Clock.systemUTC());
    }

    public String user() {
        return user;
    }

    /** The trail with one more entry. */
    public AuditTrail record(AuditTrail trail, AuditKind kind, String description, Map<String, String> details) {
        return trail.append(kind, description, details, user, clock);
    }

    /** The trail with one more entry, its kind inferred from the description ({@link #kindOf}). */
    public AuditTrail record(AuditTrail trail, String description) {
        return record(trail, kindOf(description), description, Map.of());
    }

    /**
     * The kind of a configuration change by its description as the Edit menu shows it, e.g.
     * {@code Set role of zip …} is {@link AuditKind#ROLE}; {@code Undo: } and {@code Redo: } prefixes are ignored.
     */
    public static AuditKind kindOf(String description) {
        String text = description == null ? "" : description.strip();
        for (String prefix : new String[] {"Undo: ", "Redo: "}) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("safe harbor")) {
            return AuditKind.OTHER;
        }
        if (lower.startsWith("edit model")) {
            return AuditKind.MODEL;
        }
        if (lower.startsWith("set role")) {
            return AuditKind.ROLE;
        }
        if (lower.startsWith("set type")) {
            return AuditKind.TYPE;
        }
        if (lower.contains("hierarchy") || lower.contains("level") || lower.startsWith("rename ")
                || lower.startsWith("move ")) {
            return AuditKind.HIERARCHY;
        }
        if (lower.startsWith("set ")) {
            return AuditKind.SETTING;
        }
        if (lower.startsWith("add ") || lower.startsWith("remove ")) {
            return AuditKind.MODEL;
        }
        return AuditKind.OTHER;
    }

    /**
     * The facts of a configuration for a RUN entry: {@code models} in the command-line syntax
     * ({@code k=5; t=diagnosis:hierarchical:0.2}), {@code suppressionLimit}, {@code metric} and
     * {@code quasiIdentifiers}.
     */
    public static Map<String, String> describe(Configuration configuration) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("models", configuration.models().stream().map(ModelEntries::of)
                .map(entry -> entry.kind() + "=" + entry.spec()).collect(Collectors.joining("; ")));
        details.put("suppressionLimit", Double.toString(configuration.suppressionLimit()));
        details.put("metric", configuration.metric());
        details.put("quasiIdentifiers", String.join(", ", configuration.columns(AttributeRole.QUASI_IDENTIFYING)));
        return details;
    }

    /** The SHA-256 (hex) of a file's bytes, e.g. of an export just written. */
    public static String sha256(Path file) throws IOException {
        return DataFingerprint.of(InputSource.of(file)).sha256();
    }
}
