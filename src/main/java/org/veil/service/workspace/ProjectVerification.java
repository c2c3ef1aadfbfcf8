package org.veil.service.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.ProjectFormatException;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.crypto.PasswordRequiredException;
import org.veil.project.crypto.WrongPasswordException;

/**
 * What an auditor checks of a project: that it reads, that its audit trail's hash chain holds and
 * ends where the last save left it, that the configuration matches the hash the last save recorded, that
 * the data matches the hash recorded when it was saved, and — given the data — that running the
 * project again reproduces the output whose SHA-256 the trail recorded at the last export.
 */
public final class ProjectVerification {

    /** One check and whether it holds. */
    public record Check(boolean holds, String text) {
    }

    /** Every check made; the project passes only if all hold. */
    public record Result(List<Check> checks) {

        public Result {
            checks = List.copyOf(checks);
        }

        public boolean allHold() {
            return checks.stream().allMatch(Check::holds);
        }
    }

    private final ProjectService projects;
    private final ProjectReplay replay;

    public ProjectVerification() {
        this(new ProjectService(), new ProjectReplay());
    }

    public ProjectVerification(ProjectService projects, ProjectReplay replay) {
        this.projects = projects;
        this.replay = replay;
    }

    /**
     * Checks a project opened without a password: a password-protected one fails the first check
     * ("The project cannot be read: …").
     *
     * @param data the data to check against instead of the project's, or {@code null}
     */
    public Result verify(Path project, Path data, ProgressListener progress, CancellationToken cancel) {
        try {
            return verify(project, data, PasswordSource.NONE, progress, cancel);
        } catch (ProjectLockedException e) {
            return new Result(List.of(new Check(false, "The project cannot be read: " + e.getMessage())));
        }
    }

    /**
     * Checks a project that may be protected by a password. {@code passwords} is asked only if it is
     * — once for opening it and once for running it again — so it must answer as often as it is asked
     * with {@code wrongBefore} false, and give up when asked with {@code wrongBefore} true unless it
     * has another password to try.
     *
     * @param data the data to check against instead of the project's, or {@code null}
     * @throws ProjectLockedException if the project is encrypted and {@code passwords} had no password
     *                                that opens it: nothing was checked
     */
    public Result verify(Path project, Path data, PasswordSource passwords, ProgressListener progress,
            CancellationToken cancel) throws ProjectLockedException {
        List<Check> checks = new ArrayList<>();
        OpenedProject opened;
        try {
            opened = projects.open(project, data, passwords, progress, cancel);
        } catch (PasswordRequiredException e) {
            throw new ProjectLockedException(ProjectLockedException.Reason.PASSWORD_REQUIRED, project,
                    e.getMessage(), e);
        } catch (WrongPasswordException e) {
            throw new ProjectLockedException(ProjectLockedException.Reason.WRONG_PASSWORD, project, e.getMessage(),
                    e);
        } catch (ProjectFormatException | ProjectDataException | IOException e) {
            checks.add(new Check(false, "The project cannot be read: " + e.getMessage()));
            return new Result(checks);
        }
        checks.addAll(checksOf(opened));
        checks.add(reproduce(project, data, passwords, lastExport(opened), progress, cancel));
        return new Result(checks);
    }

    /**
     * The checks a project opened allows without running it again: it reads, its audit chain holds,
     * its settings match the hash recorded at the last save, its data matches the recorded hash.
     */
    public static List<Check> checksOf(OpenedProject opened) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(true, "The project reads: " + opened.workspace().sourceName() + ", "
                + opened.workspace().dataset().rowCount() + " records."));
        checks.add(new Check(opened.auditCheck().intact(), opened.auditCheck().describe() + "."));
        opened.integrity().forEach(check -> checks.add(new Check(check.holds(), check.text())));
        List<String> integrityTexts = opened.integrity().stream().map(OpenedProject.Integrity::text).toList();
        List<String> dataWarnings = opened.warnings().stream()
                .filter(w -> !w.startsWith(opened.auditCheck().describe()) && !integrityTexts.contains(w)).toList();
        if (dataWarnings.isEmpty()) {
            checks.add(new Check(true, "The data matches the SHA-256 recorded in the project."));
        } else {
            dataWarnings.forEach(w -> checks.add(new Check(false, w)));
        }
        return checks;
    }

    private static Optional<AuditEntry> lastExport(OpenedProject opened) {
        List<AuditEntry> entries = opened.audit().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            if (entry.kind() == AuditKind.EXPORT && entry.details().containsKey("sha256")) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Runs the project again into a temporary folder and compares the output's hash with the recorded one. */
    private Check reproduce(Path project, Path data, PasswordSource passwords, Optional<AuditEntry> export,
            ProgressListener progress, CancellationToken cancel) {
        if (export.isEmpty()) {
            return new Check(true, "No export is recorded in the audit trail: there is no output to reproduce.");
        }
        String recorded = export.get().details().get("sha256");
        if (!"CSV".equals(export.get().details().get("format"))) {
            return new Check(false, "The last export (" + export.get().details().get("file") + ") was not a CSV file"
                    + " with the default options, so a re-run cannot reproduce it byte for byte.");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("veil-verify");
            ProjectReplay.Replayed again = replay.replay(project, data, passwords, folder.resolve("output.csv"),
                    w -> { }, progress, cancel);
            boolean same = again.outputSha256().equals(recorded);
            return new Check(same, same
                    ? "Running the project again reproduces the exported output (SHA-256 " + recorded + ")."
                    : "Running the project again gives SHA-256 " + again.outputSha256() + ", but the export of "
                            + export.get().time() + " recorded " + recorded + ".");
        } catch (ReplayException | IOException e) {
            return new Check(false, "The project could not be run again: " + e.getMessage());
        } finally {
            deleteQuietly(folder); // the anonymized output is not left lying around
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder the system cleans up eventually
        }
    }
}
