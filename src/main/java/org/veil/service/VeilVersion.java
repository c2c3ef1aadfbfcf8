package org.veil.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Veil's version, the one source for the command line's {@code --version} and the workbench's About dialog. */
public final class VeilVersion {

    /** Said when neither the manifest nor the build tells the version (e.g. classes compiled by an IDE alone). */
    public static final String UNKNOWN = "development build";

    private VeilVersion() {
    }

    /** The version from the jar's manifest, else the one the build wrote beside the classes. */
    public static String current() {
        String fromManifest = VeilVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromBuild();
    }

    // Run from classes (tests, mvn javafx:run) there is no manifest; Maven's resource filtering fills this file in.
    private static String fromBuild() {
        try (InputStream in = VeilVersion.class.getResourceAsStream("veil-version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties build = new Properties();
            build.load(in);
            String version = build.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
