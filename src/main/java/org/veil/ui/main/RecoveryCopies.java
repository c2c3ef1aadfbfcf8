package org.veil.ui.main;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.veil.project.audit.AuditTrail;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.common.UserSettings;

/**
 * A recovery copy of unsaved work. While there are unsaved changes, every interval (3 minutes by
 * default) the workspace is saved in the background as a project in the recovery folder: the data
 * by reference, never embedded, and encrypted with the session's password if the project has one.
 * A clean save, discarding the changes and a normal close delete the copy; a copy found at start
 * means Veil did not close normally, and {@link #offerRecovery} offers to open it.
 *
 * <p>Free of the toolkit: ticks come from a {@link Scheduler} (a timeline in the app, by hand in
 * tests) on the UI thread, and the copy is written through a {@link TaskRunner}.
 */
public final class RecoveryCopies {

    /** How often a copy is saved unless the settings say otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(3);
    /** The setting with the interval in minutes. */
    public static final String INTERVAL_SETTING = "recovery.intervalMinutes";
    static final String FILE_NAME = "recovery." + ProjectService.EXTENSION;

    private static final System.Logger LOG = System.getLogger(RecoveryCopies.class.getName());

    /** Runs a task periodically on the UI thread. */
    @FunctionalInterface
    public interface Scheduler {
        /** Runs {@code tick} every {@code period} on the UI thread; the returned action stops it. */
        Runnable every(Duration period, Runnable tick);
    }

    /** What a copy saves: as File › Save would, with a copy of the password (or null) for the copy to wipe. */
    record Snapshot(Workspace workspace, Map<String, Integer> transformation, String notes, AuditTrail audit,
            char[] password) {

        /** The state without the password, to tell whether it changed since the last copy. */
        Object state() {
            return Arrays.asList(workspace, transformation, notes, audit);
        }

        void wipe() {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private final MainWindowViewModel main;
    private final ProjectService projects;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Path folder;
    private final Duration interval;
    private final Clock clock;
    private Runnable stop = () -> { };
    private boolean writing;
    private boolean closed;
    private Object copied; // the state in the copy on disk, or null

    public RecoveryCopies(MainWindowViewModel main, ProjectService projects, TaskRunner tasks, DialogService dialogs,
            Path folder, Duration interval, Clock clock) {
        this.main = Objects.requireNonNull(main, "main");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Saved, discarded (another file opened) or undone back to the saved state: nothing to recover.
        main.workspace().undo().dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                delete();
            }
        });
    }

    /** The recovery folder in the user's application-data folder: {@code ~/.veil/recovery}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".veil", "recovery");
    }

    /** The interval from the settings ({@value #INTERVAL_SETTING}, whole minutes), else the default. */
    public static Duration interval(UserSettings settings) {
        try {
            long minutes = Long.parseLong(settings.get(INTERVAL_SETTING, "").trim());
            return minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_INTERVAL;
        } catch (NumberFormatException e) {
            return DEFAULT_INTERVAL;
        }
    }

    /** The copy's file. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * At start, before anything is opened: if a copy is there (Veil did not close normally), asks
     * whether to open it, and opens it as unsaved work; declined, it is deleted.
     *
     * @return whether the copy is being opened
     */
    public boolean offerRecovery() {
        Path copy = file();
        if (!Files.isRegularFile(copy)) {
            return false;
        }
        String when;
        try {
            when = describe(Files.getLastModifiedTime(copy).toInstant());
        } catch (IOException e) {
            when = "before the crash";
        }
        if (dialogs.confirm("Recover unsaved work?",
                "Veil did not close normally. Open the copy of your unsaved work from " + when + "?", "Recover")) {
            main.openRecoveryCopy(copy);
            return true;
        }
        delete();
        return false;
    }

    private String describe(Instant time) {
        ZonedDateTime local = time.atZone(clock.getZone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock));
        return local.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
    }

    /** Starts saving copies every interval. */
    public void start(Scheduler scheduler) {
        stop.run();
        stop = scheduler.every(interval, this::tick);
    }

    /** One interval passed: saves a copy if there are unsaved changes not in the copy yet. */
    void tick() {
        if (closed) {
            return;
        }
        if (!main.workspace().undo().dirtyProperty().get()) {
            if (!main.work().busyProperty().get()) { // not while a recovery copy may still be being opened
                delete();
            }
            return;
        }
        Snapshot snapshot = main.recoverySnapshot();
        if (snapshot.workspace() == null || snapshot.workspace().inputFile() == null) {
            // Data read from no file (the synthetic sample) would be embedded in the copy, and patient
            // data is never copied around: without a file to refer to, a copy could not restore the
            // data, so there is none.
            snapshot.wipe();
            delete();
            return;
        }
        if (writing || snapshot.state().equals(copied)) {
            snapshot.wipe();
            return;
        }
        write(snapshot);
    }

    private void write(Snapshot snapshot) {
        writing = true;
        Path target = file();
        tasks.run((progress, cancel) -> {
            try {
                createFolder();
                // Atomic, by reference (the workspace has an input file), encrypted if there is a password.
                projects.save(snapshot.workspace(), snapshot.transformation(), snapshot.notes(), snapshot.audit(),
                        target, snapshot.password());
            } finally {
                snapshot.wipe();
            }
            return target;
        }, new TaskListener<Path>() {
            @Override
            public void succeeded(Path result) {
                writing = false;
                copied = snapshot.state();
                if (closed || !main.workspace().undo().dirtyProperty().get()) {
                    delete(); // saved or closed while the copy was written
                }
            }

            @Override
            public void failed(Throwable error) {
                writing = false;
                LOG.log(Level.WARNING, "Could not save a recovery copy to " + target, error);
            }

            @Override
            public void cancelled() {
                writing = false;
            }
        });
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's application-data folder is private enough
        }
    }

    /** A normal close (after the unsaved-changes prompt): stops the copies and deletes the copy. */
    public void close() {
        closed = true;
        stop.run();
        delete();
    }

    /** Deletes the copy (later, if one is being written), and what an interrupted write left. */
    private void delete() {
        copied = null;
        if (writing) {
            return; // deleted when written
        }
        try {
            Files.deleteIfExists(file());
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "." + FILE_NAME + ".*.tmp")) {
                    for (Path leftover : leftovers) {
                        Files.deleteIfExists(leftover);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the recovery copy " + file(), e);
        }
    }
}
