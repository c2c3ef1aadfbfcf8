package org.veil.io;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a dataset is read from: a file, a resource bundled in the jar, or bytes in memory. Readers
 * may open it more than once (detection, preview, import, locating an error) and never write to it.
 *
 * @param name   what the user calls it in messages, usually the file name
 * @param path   the file, if it is one; lets export refuse to write over its own input
 * @param size   bytes, or -1 if unknown (progress then is indeterminate)
 * @param opener opens a fresh stream positioned at the first byte
 */
public record InputSource(String name, Path path, long size, Opener opener) {

    /** Opens a fresh stream over the source's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static InputSource of(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new InputSource(path.getFileName().toString(), path, size, () -> Files.newInputStream(path));
    }

    public static InputSource ofBytes(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new InputSource(name, null, copy.length, () -> new ByteArrayInputStream(copy));
    }

    /** A resource on the class path, e.g. {@code /sample-data/health/patients.csv}. */
    public static InputSource ofResource(String resource) {
        if (InputSource.class.getResource(resource) == null) {
            throw new UncheckedIOException(new FileNotFoundException("resource " + resource + " is not on the class path"));
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return new InputSource(name, null, -1, () -> {
            InputStream in = InputSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException(resource);
            }
            return in;
        });
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /** The file name's extension in lower case, without the dot; empty if there is none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
