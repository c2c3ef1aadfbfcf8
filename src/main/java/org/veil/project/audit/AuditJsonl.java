package org.veil.project.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.veil.project.ProjectFormatException;

/** An audit trail as JSON Lines ({@code audit.jsonl}): one entry per line, UTF-8, oldest first. */
public final class AuditJsonl {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AuditJsonl() {
    }

    public static byte[] write(AuditTrail trail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (AuditEntry entry : trail.entries()) {
            try {
                out.writeBytes(MAPPER.writeValueAsBytes(entry));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write an audit entry as JSON", e);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * Reads a trail without checking its chain (see {@link AuditTrail#verify()}). Blank lines are skipped.
     *
     * @throws ProjectFormatException if a line is no audit entry, naming the line
     */
    public static AuditTrail read(byte[] jsonl) throws ProjectFormatException {
        String text = new String(jsonl, StandardCharsets.UTF_8);
        List<AuditEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                AuditEntry entry = MAPPER.readValue(line, AuditEntry.class);
                if (entry == null) {
                    throw new ProjectFormatException("audit.jsonl line " + (i + 1) + " is damaged: it is no entry");
                }
                entries.add(entry);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                throw new ProjectFormatException("audit.jsonl line " + (i + 1) + " is damaged: " + why, e);
            }
        }
        return AuditTrail.of(entries);
    }
}
