package org.veil.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditJsonl;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;

/**
 * A {@code .veil} file: a ZIP holding {@code project.json} and one CSV entry per hierarchy. Reads and
 * writes streams; where the bytes go (atomically, encrypted) is the caller's business.
 *
 * @param document    the project's settings
 * @param hierarchies the hierarchies by ZIP entry name, e.g. {@code hierarchies/zip.csv}
 * @param attachments other entries by name, e.g. the embedded data {@code data/patients.csv}
 * @param audit       the audit trail ({@code audit.jsonl}), empty for projects saved without one
 * @param contentSha256 the {@linkplain #contentSha256(Map) configuration hash} of the entries as read, or
 *                    null for an archive made in memory
 */
public record ProjectArchive(ProjectDocument document, Map<String, Hierarchy> hierarchies,
        Map<String, byte[]> attachments, AuditTrail audit, String contentSha256) {

    /** The detail of a SAVE audit entry holding the configuration hash of what that save wrote. */
    public static final String CONTENT_SHA256 = "contentSha256";

    static final String DOCUMENT = "project.json";
    /** The entry of the audit trail, written only when the trail has entries. */
    public static final String AUDIT = "audit.jsonl";
    private static final long MAX_ENTRY_BYTES = 256L << 20;
    private static final CSVFormat HIERARCHY_CSV = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setRecordSeparator("\n").get();

    public ProjectArchive {
        audit = audit == null ? AuditTrail.empty() : audit;
    }

    /** An archive made in memory. */
    public ProjectArchive(ProjectDocument document, Map<String, Hierarchy> hierarchies,
            Map<String, byte[]> attachments, AuditTrail audit) {
        this(document, hierarchies, attachments, audit, null);
    }

    /** An archive without an audit trail. */
    public ProjectArchive(ProjectDocument document, Map<String, Hierarchy> hierarchies,
            Map<String, byte[]> attachments) {
        this(document, hierarchies, attachments, AuditTrail.empty());
    }

    /**
     * This archive ready to be written: if the trail's last entry is a SAVE, it gets the
     * {@linkplain #contentSha256(Map) configuration hash} of what {@link #write} writes as its
     * {@value #CONTENT_SHA256} detail, and the document records the trail's head hash as
     * {@code auditHead}. The hash leaves out {@code audit.jsonl} and the value of {@code auditHead},
     * which is why the SAVE entry can hold it.
     */
    public ProjectArchive sealed() throws IOException {
        Map<String, byte[]> content = new HashMap<>();
        content.put(DOCUMENT, ProjectJson.write(document.withAuditHead(AuditEntry.GENESIS)));
        for (Map.Entry<String, Hierarchy> hierarchy : hierarchies.entrySet()) {
            content.put(hierarchy.getKey(), csv(hierarchy.getValue()));
        }
        content.putAll(attachments);
        String sha256 = contentSha256(content);
        AuditTrail trail = audit;
        if (!trail.isEmpty() && trail.entries().get(trail.size() - 1).kind() == AuditKind.SAVE) {
            trail = trail.withLastDetail(CONTENT_SHA256, sha256);
        }
        ProjectDocument headed = document.withAuditHead(trail.headHash());
        if (!Arrays.equals(content.get(DOCUMENT), withoutAuditHead(ProjectJson.write(headed), headed.auditHead()))) {
            throw new IllegalStateException("project.json cannot be hashed without its audit head");
        }
        return new ProjectArchive(headed, hierarchies, attachments, trail, sha256);
    }

    /**
     * The configuration hash: SHA-256 (hex) over the entries in name order, {@code audit.jsonl} left
     * out, each as its name (UTF-8), a zero byte, its length (8 bytes, big-endian) and its bytes, where
     * {@code project.json} has the value of {@code auditHead} written as 64 zeros.
     *
     * @param entries by name: {@code project.json}, its auditHead already zeroed, the hierarchies and embedded data
     */
    static String contentSha256(Map<String, byte[]> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                if (entry.getKey().equals(AUDIT)) {
                    continue;
                }
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(entry.getValue().length).array());
                digest.update(entry.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** {@code project.json}'s bytes with every {@code "auditHead" : "head"} written with 64 zeros instead. */
    static byte[] withoutAuditHead(byte[] json, String head) {
        if (head == null) {
            return json;
        }
        byte[] pattern = ("\"auditHead\" : \"" + head + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] zeroed = ("\"auditHead\" : \"" + AuditEntry.GENESIS + "\"").getBytes(StandardCharsets.UTF_8);
        if (pattern.length != zeroed.length) {
            return json; // no hash of 64 characters: nothing Veil wrote
        }
        byte[] result = json.clone();
        for (int i = 0; i + pattern.length <= result.length; i++) {
            if (Arrays.equals(result, i, i + pattern.length, pattern, 0, pattern.length)) {
                System.arraycopy(zeroed, 0, result, i, zeroed.length);
                i += pattern.length - 1;
            }
        }
        return result;
    }

    private static byte[] csv(Hierarchy hierarchy) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, HIERARCHY_CSV);
        for (String[] row : hierarchy.rows()) {
            printer.printRecord((Object[]) row);
        }
        printer.flush();
        return bytes.toByteArray();
    }

    /** Writes the archive to a stream, which is finished but not closed. */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(DOCUMENT));
        zip.write(ProjectJson.write(document));
        zip.closeEntry();
        for (Map.Entry<String, Hierarchy> hierarchy : hierarchies.entrySet()) {
            zip.putNextEntry(new ZipEntry(hierarchy.getKey()));
            zip.write(csv(hierarchy.getValue()));
            zip.closeEntry();
        }
        for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
            zip.putNextEntry(new ZipEntry(attachment.getKey()));
            zip.write(attachment.getValue());
            zip.closeEntry();
        }
        if (!audit.isEmpty()) {
            zip.putNextEntry(new ZipEntry(AUDIT));
            zip.write(AuditJsonl.write(audit));
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * Reads an archive.
     *
     * @throws ProjectFormatException if it is no ZIP, lacks {@code project.json}, holds a damaged or
     *                                newer document, a hierarchy the document names is missing or invalid,
     *                                or a line of {@code audit.jsonl} is damaged (its chain is not checked here)
     */
    public static ProjectArchive read(InputStream in) throws IOException, ProjectFormatException {
        Map<String, byte[]> entries = entries(in);
        byte[] json = entries.get(DOCUMENT);
        if (json == null) {
            throw new ProjectFormatException("not a Veil project: there is no " + DOCUMENT + " inside");
        }
        ProjectDocument document = ProjectJson.read(json);
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        Map<String, byte[]> content = new HashMap<>();
        content.put(DOCUMENT, withoutAuditHead(json, document.auditHead()));
        for (Map.Entry<String, ProjectDocument.HierarchyEntry> entry : document.hierarchies().entrySet()) {
            String name = entry.getValue().entry();
            byte[] csv = entries.get(name);
            if (csv == null) {
                throw new ProjectFormatException("the hierarchy of '" + entry.getKey() + "' (" + name
                        + ") is missing from the project file");
            }
            hierarchies.put(name, hierarchy(name, csv));
            content.put(name, csv);
        }
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        String embedded = document.data().embedded();
        if (embedded != null) {
            byte[] data = entries.get(embedded);
            if (data == null) {
                throw new ProjectFormatException("the embedded data (" + embedded + ") is missing from the project file");
            }
            attachments.put(embedded, data);
            content.put(embedded, data);
        }
        byte[] audit = entries.get(AUDIT);
        return new ProjectArchive(document, hierarchies, attachments,
                audit == null ? AuditTrail.empty() : AuditJsonl.read(audit), contentSha256(content));
    }

    private static Map<String, byte[]> entries(InputStream in) throws IOException, ProjectFormatException {
        Map<String, byte[]> entries = new HashMap<>();
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = zip.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_ENTRY_BYTES) {
                    throw new ProjectFormatException("entry " + entry.getName() + " is larger than a project allows");
                }
                bytes.write(buffer, 0, n);
            }
            entries.put(entry.getName(), bytes.toByteArray());
        }
        if (entries.isEmpty()) {
            throw new ProjectFormatException("not a Veil project: the file is empty or not a ZIP archive");
        }
        return entries;
    }

    private static Hierarchy hierarchy(String name, byte[] csv) throws IOException, ProjectFormatException {
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = HIERARCHY_CSV.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            for (CSVRecord record : parser) {
                rows.add(record.values());
            }
        }
        try {
            return Hierarchy.of(rows);
        } catch (HierarchyException e) {
            throw new ProjectFormatException("hierarchy " + name + " in the project file is invalid: " + e.getMessage(),
                    e);
        }
    }
}
