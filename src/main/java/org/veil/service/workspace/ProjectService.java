package org.veil.service.workspace;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.AtomicFileWriter;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvDatasetWriter;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.project.ProjectArchive;
import org.veil.project.ProjectDocument;
import org.veil.project.ProjectDocument.DataReference;
import org.veil.project.ProjectFormatException;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.project.audit.AuditVerification;
import org.veil.project.crypto.PasswordRequiredException;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.project.crypto.WrongPasswordException;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * Saving a workspace as a {@code .veil} project file and opening one again. The data is referenced
 * by path, SHA-256 and size, or embedded if the user chooses so ({@link DataStorage}), and read again
 * with the settings it was imported with; data that came from no file (the bundled sample, data
 * opened from a project that embeds it) is always embedded. Saves are atomic.
 */
public final class ProjectService {

    /** The extension of project files. */
    public static final String EXTENSION = "veil";

    private final ImportService imports = new ImportService();

    /**
     * Saves a workspace.
     *
     * @param transformation the chosen transformation (quasi-identifier → level), or empty
     */
    public void save(Workspace workspace, Map<String, Integer> transformation, String notes, Path target)
            throws IOException {
        save(workspace, transformation, notes, AuditTrail.empty(), target);
    }

    /**
     * Saves a workspace with its audit trail ({@code audit.jsonl}, left out when empty).
     *
     * @param transformation the chosen transformation (quasi-identifier → level), or empty
     */
    public AuditTrail save(Workspace workspace, Map<String, Integer> transformation, String notes, AuditTrail audit,
            Path target) throws IOException {
        return save(workspace, transformation, notes, audit, target, null);
    }

    /**
     * Saves a workspace, protected by a password if one is given.
     *
     * @param password the password, or {@code null} (or empty) for a plain project; not changed
     */
    public void save(Workspace workspace, Map<String, Integer> transformation, String notes, Path target,
            char[] password) throws IOException {
        save(workspace, transformation, notes, AuditTrail.empty(), target, password);
    }

    /**
     * Saves a workspace with its audit trail, protected by a password if one is given: the archive is
     * then encrypted in memory (see {@link ProjectEncryption}), so only ciphertext reaches the disk,
     * the atomic writer's temporary file included.
     *
     * If the trail ends with a SAVE entry, that entry is given the hash of the configuration written
     * ({@code contentSha256}, see {@link ProjectArchive#sealed()}); {@code project.json} records the
     * trail's head hash ({@code auditHead}).
     *
     * @param password the password, or {@code null} (or empty) for a plain project; not changed
     * @return the trail as written: keep it, its last entry may have been sealed
     */
    public AuditTrail save(Workspace workspace, Map<String, Integer> transformation, String notes, AuditTrail audit,
            Path target, char[] password) throws IOException {
        return save(workspace, transformation, notes, audit, target, password, DataStorage.REFERENCE);
    }

    /**
     * Saves a workspace with its audit trail, protected by a password if one is given, with its data
     * referenced or embedded as {@code storage} says (see {@link DataStorage#appliedTo}). Embedded
     * data is the input file's own bytes, so the recorded SHA-256 is the file's; otherwise as
     * {@link #save(Workspace, Map, String, AuditTrail, Path, char[])}.
     *
     * @param password the password, or {@code null} (or empty) for a plain project; not changed
     * @return the trail as written: keep it, its last entry may have been sealed
     */
    public AuditTrail save(Workspace workspace, Map<String, Integer> transformation, String notes, AuditTrail audit,
            Path target, char[] password, DataStorage storage) throws IOException {
        Path projectFolder = target.toAbsolutePath().getParent();
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        DataReference data = storage.appliedTo(workspace) == DataStorage.REFERENCE
                ? reference(workspace.inputFile(), workspace.readOptions(), projectFolder)
                : embed(workspace, attachments);
        ProjectContent content = ProjectContent.of(workspace.configuration(), workspace.dataset());
        ProjectDocument document = new ProjectDocument(ProjectDocument.FORMAT, ProjectDocument.CURRENT_VERSION, data,
                content.columns(), content.hierarchyEntries(), content.models(),
                workspace.configuration().suppressionLimit(), workspace.configuration().metric(), transformation,
                notes == null ? "" : notes, null);
        ProjectArchive archive = new ProjectArchive(document, content.hierarchies(), attachments, audit).sealed();
        if (password == null || password.length == 0) {
            AtomicFileWriter.write(target, archive::write);
        } else {
            byte[] encrypted = ProjectEncryption.encrypt(archive::write, password);
            AtomicFileWriter.write(target, out -> out.write(encrypted));
        }
        return archive.audit();
    }

    private static DataReference reference(Path file, ReadOptions options, Path projectFolder) throws IOException {
        DataFingerprint fingerprint = DataFingerprint.of(InputSource.of(file));
        Path absolute = file.toAbsolutePath().normalize();
        String stored = absolute.startsWith(projectFolder) ? projectFolder.relativize(absolute).toString()
                : absolute.toString();
        ReadOptions used = options != null ? options : CsvReadOptions.defaults();
        return new DataReference(stored.replace('\\', '/'), null, fingerprint.sha256(), fingerprint.size(),
                ReadOptionsMapping.toMap(used));
    }

    /**
     * Puts the data into the project under {@code data/NAME}: the bytes it was read from (its file,
     * or the project it was opened from) with the settings it was read with; data read from neither
     * (the bundled sample) as UTF-8 CSV.
     */
    private static DataReference embed(Workspace workspace, Map<String, byte[]> attachments) throws IOException {
        InputSource original = workspace.inputFile() != null ? InputSource.of(workspace.inputFile())
                : workspace.embeddedData();
        byte[] bytes;
        String name;
        ReadOptions options;
        if (original != null) {
            try (InputStream in = original.open()) {
                bytes = in.readAllBytes();
            }
            name = original.name();
            options = workspace.readOptions() != null ? workspace.readOptions() : CsvReadOptions.defaults();
        } else {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            CsvDatasetWriter.write(workspace.dataset(), csv, CsvWriteOptions.defaults().withNeutraliseFormulas(false),
                    ProgressListener.NONE, CancellationToken.NONE);
            bytes = csv.toByteArray();
            name = workspace.sourceName().isBlank() ? "data.csv" : workspace.sourceName();
            options = CsvReadOptions.defaults().withMissingTokens(Set.of(""));
        }
        String entry = "data/" + name;
        attachments.put(entry, bytes);
        DataFingerprint fingerprint = DataFingerprint.of(bytes);
        return new DataReference(null, entry, fingerprint.sha256(), fingerprint.size(), ReadOptionsMapping.toMap(options));
    }

    /**
     * Opens a project: reads its data again, restores the configuration and checks the audit trail's
     * chain (a broken chain is a warning, not a refusal).
     *
     * @throws ProjectFormatException       if the file is not a readable project (or from a newer Veil)
     * @throws NoSuchFileException          if the data file is not where the project says
     * @throws ProjectDataException         if the data can no longer be read as the project describes it
     */
    public OpenedProject open(Path file, ProgressListener progress, CancellationToken cancel)
            throws IOException, ProjectFormatException, ProjectDataException {
        return open(file, null, progress, cancel);
    }

    /**
     * Opens a project with its data read from {@code dataFile} instead of where the project says (read
     * with the project's settings; a different SHA-256 is a warning, as for changed data).
     *
     * @param dataFile the data file to use, or {@code null} for the project's own data
     */
    public OpenedProject open(Path file, Path dataFile, ProgressListener progress, CancellationToken cancel)
            throws IOException, ProjectFormatException, ProjectDataException {
        return open(file, dataFile, PasswordSource.NONE, progress, cancel);
    }

    /**
     * Opens a project that may be protected by a password; {@code passwords} is asked only if it is.
     *
     * @throws org.veil.project.crypto.WrongPasswordException    (a {@link ProjectFormatException}) if the
     *                                                            source gave up after a wrong password
     * @throws org.veil.project.crypto.PasswordRequiredException (a {@link ProjectFormatException}) if the
     *                                                            source had no password at all
     */
    public OpenedProject open(Path file, ProgressListener progress, CancellationToken cancel,
            PasswordSource passwords) throws IOException, ProjectFormatException, ProjectDataException {
        return open(file, null, passwords, progress, cancel);
    }

    /**
     * Opens a project, password-protected or not, with its data read from {@code dataFile} if given.
     *
     * @param dataFile  the data file to use, or {@code null} for the project's own data
     * @param passwords asked (maybe repeatedly) only if the project is encrypted
     */
    public OpenedProject open(Path file, Path dataFile, PasswordSource passwords, ProgressListener progress,
            CancellationToken cancel) throws IOException, ProjectFormatException, ProjectDataException {
        ProjectArchive archive = readArchive(file, passwords);
        ProjectDocument document = archive.document();
        DataReference data = document.data();
        InputSource source = dataFile != null ? InputSource.of(dataFile) : source(file, archive);
        List<String> warnings = new ArrayList<>();
        DataFingerprint fingerprint = DataFingerprint.of(source);
        if (!fingerprint.sha256().equalsIgnoreCase(data.sha256())) {
            warnings.add(String.format("The data %s changed since the project was saved (its SHA-256 differs):"
                    + " results may differ from the saved ones.", source.name()));
        }
        ReadOptions options = ReadOptionsMapping.fromMap(data.read());
        Dataset dataset;
        try {
            dataset = imports.importDataset(new ImportRequest(source, options), progress, cancel).dataset();
        } catch (org.veil.io.DatasetReadException e) {
            throw new ProjectDataException("the project's data can no longer be read: " + e.getMessage(), e);
        }
        ProjectContent.Restored restored = ProjectContent.restore(document, archive.hierarchies(), dataset);
        Workspace workspace = new Workspace(restored.dataset(), source.name(), source.path(), restored.configuration(),
                options, source.path() == null ? source : null);
        AuditVerification auditCheck = archive.audit().verify();
        if (!auditCheck.intact()) {
            warnings.add(auditCheck.describe() + ". The project's history may have been tampered with.");
        }
        List<OpenedProject.Integrity> integrity = List.of(auditEnd(archive), configuration(archive));
        integrity.stream().filter(check -> !check.holds()).forEach(check -> warnings.add(check.text()));
        return new OpenedProject(workspace, document.transformation() == null ? Map.of() : document.transformation(),
                document.notes(), warnings, archive.audit(), auditCheck, integrity);
    }

    /** Whether the trail ends with the entry it ended with at the last save ({@code auditHead}). */
    private static OpenedProject.Integrity auditEnd(ProjectArchive archive) {
        String recorded = archive.document().auditHead();
        if (recorded == null) {
            return new OpenedProject.Integrity(true, "No audit head is recorded in project.json (saved by an older"
                    + " Veil): whether entries were cut off the audit trail's end cannot be checked.");
        }
        if (recorded.equalsIgnoreCase(archive.audit().headHash())) {
            return new OpenedProject.Integrity(true,
                    "The audit trail ends with the entry project.json recorded at the last save.");
        }
        return new OpenedProject.Integrity(false, "The audit trail does not end with the entry project.json recorded"
                + " at the last save (" + archive.audit().size() + " entries now): entries were removed from or"
                + " added to its end outside Veil.");
    }

    /**
     * Whether the configuration matches the hash the trail's last entry recorded, if that entry is a
     * SAVE holding one (an earlier SAVE's hash describes an earlier configuration).
     */
    private static OpenedProject.Integrity configuration(ProjectArchive archive) {
        List<AuditEntry> entries = archive.audit().entries();
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        String recorded = last != null && last.kind() == AuditKind.SAVE
                ? last.details().get(ProjectArchive.CONTENT_SHA256) : null;
        if (recorded == null) {
            return new OpenedProject.Integrity(true, "No configuration hash is recorded at the end of the audit"
                    + " trail: whether the settings were changed outside Veil cannot be checked.");
        }
        if (recorded.equalsIgnoreCase(archive.contentSha256())) {
            return new OpenedProject.Integrity(true, "The configuration matches the hash recorded at the last save.");
        }
        return new OpenedProject.Integrity(false, "The project's settings were changed outside Veil since it was saved"
                + " (the configuration — project.json, hierarchies, embedded data — does not match the SHA-256"
                + " recorded at the last save).");
    }

    /** Reads the archive, decrypting it in memory first if it is encrypted; plain files are streamed. */
    private static ProjectArchive readArchive(Path file, PasswordSource passwords)
            throws IOException, ProjectFormatException {
        byte[] encrypted;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (!ProjectEncryption.isEncrypted(in)) {
                return ProjectArchive.read(in);
            }
            encrypted = in.readAllBytes();
        }
        byte[] plain = decrypt(file, encrypted, passwords);
        try {
            return ProjectArchive.read(new ByteArrayInputStream(plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Asks for passwords until one fits or the source gives up; every answer is wiped after use. */
    private static byte[] decrypt(Path file, byte[] encrypted, PasswordSource passwords)
            throws ProjectFormatException {
        ProjectEncryption.header(encrypted); // a damaged or truncated file is refused before asking
        String name = file.getFileName().toString();
        WrongPasswordException wrong = null;
        while (true) {
            Optional<char[]> answer = passwords.password(name, wrong != null);
            if (answer.isEmpty()) {
                if (wrong != null) {
                    throw wrong;
                }
                throw new PasswordRequiredException("the project " + name
                        + " is protected by a password; open it with its password");
            }
            char[] password = answer.get();
            if (password.length == 0) {
                wrong = new WrongPasswordException("Wrong password: the project's password is not empty", null);
                continue;
            }
            try {
                return ProjectEncryption.decrypt(encrypted, password);
            } catch (WrongPasswordException e) {
                wrong = e;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static InputSource source(Path projectFile, ProjectArchive archive) throws NoSuchFileException {
        DataReference data = archive.document().data();
        if (data.embedded() != null) {
            String name = data.embedded().substring(data.embedded().lastIndexOf('/') + 1);
            return InputSource.ofBytes(name, archive.attachments().get(data.embedded()));
        }
        Path stored = Path.of(data.file());
        Path resolved = stored.isAbsolute() ? stored : projectFile.toAbsolutePath().getParent().resolve(stored);
        if (!Files.isRegularFile(resolved)) {
            throw new NoSuchFileException(resolved.toString(), null,
                    "the project's data file is not there; put it back or keep it next to the project");
        }
        return InputSource.of(resolved);
    }
}
