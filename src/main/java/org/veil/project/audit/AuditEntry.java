package org.veil.project.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of an {@link AuditTrail}: what happened, when, by whom, chained to the entry before by
 * that entry's hash.
 *
 * @param sequence     the entry's number, counting from 1
 * @param time         when, ISO-8601 in UTC, e.g. {@code 2024-05-01T09:30:00.123Z}
 * @param user         the operating-system user
 * @param kind         what kind of action
 * @param description  what was done, e.g. {@code Set role of zip to Quasi-identifying}
 * @param details      further facts, e.g. an export's {@code sha256}
 * @param previousHash the hash of the entry before, or {@link #GENESIS} for the first
 * @param hash         SHA-256 (hex) of the {@linkplain #canonicalJson canonical JSON} of the other fields
 */
public record AuditEntry(long sequence, String time, String user, AuditKind kind, String description,
        Map<String, String> details, String previousHash, String hash) {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    public AuditEntry {
        Objects.requireNonNull(kind, "kind");
        time = Objects.requireNonNullElse(time, "");
        user = Objects.requireNonNullElse(user, "");
        description = Objects.requireNonNullElse(description, "");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
        previousHash = Objects.requireNonNullElse(previousHash, "");
        hash = Objects.requireNonNullElse(hash, "");
    }

    /** A new entry with its hash computed. */
    public static AuditEntry create(long sequence, Instant time, String user, AuditKind kind, String description,
            Map<String, String> details, String previousHash) {
        AuditEntry unsealed = new AuditEntry(sequence, time.toString(), user, kind, description, details,
                previousHash, "");
        return unsealed.withHash(unsealed.computeHash());
    }

    /** The time as an instant, or {@code null} if the text is no ISO-8601 instant. */
    public Instant instant() {
        try {
            return Instant.parse(time);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The text the hash is computed over: a JSON object without spaces holding {@code sequence},
     * {@code time}, {@code user}, {@code kind}, {@code description}, {@code details} (keys sorted)
     * and {@code previousHash}, in that order.
     */
    public String canonicalJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("time", time);
        fields.put("user", user);
        fields.put("kind", kind.name());
        fields.put("description", description);
        fields.put("details", new TreeMap<>(details));
        fields.put("previousHash", previousHash);
        try {
            return CANONICAL.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit entry as JSON", e);
        }
    }

    /** SHA-256 (lowercase hex) over the UTF-8 bytes of the {@linkplain #canonicalJson canonical JSON}. */
    public String computeHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(sequence, time, user, kind, description, details, previousHash, newHash);
    }
}
