package org.veil.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.ui.common.UserSettings;

/** The files opened most recently, newest first, remembered across sessions. */
public final class RecentFiles {

    static final int MAX = 8;
    private static final String KEY = "recentFiles";
    private static final String SEPARATOR = "\n";

    private final UserSettings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(UserSettings settings) {
        this.settings = settings;
        String stored = settings.get(KEY, "");
        if (!stored.isEmpty()) {
            Arrays.stream(stored.split(SEPARATOR)).map(Path::of).filter(Files::isRegularFile).limit(MAX)
                    .forEach(files::add);
        }
    }

    /** Puts a file first, dropping older entries beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(MAX, updated.size())));
        settings.put(KEY, files.stream().map(Path::toString).collect(Collectors.joining(SEPARATOR)));
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }
}
