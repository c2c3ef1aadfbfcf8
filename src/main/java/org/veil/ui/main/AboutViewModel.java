package org.veil.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veil.service.SampleData;
import org.veil.service.VeilVersion;

/**
 * What Help › About shows: Veil's version and the runtime it runs on (the lines a bug report needs),
 * Veil's licence, the libraries it ships with and the credit of the sample data.
 */
public final class AboutViewModel {

    public static final String DESCRIPTION = "A desktop workbench for anonymizing tabular data.";
    public static final String LOCAL_ONLY = "Everything runs on this computer; no data leaves it.";
    public static final String LICENCE_NAME = "Apache License 2.0";
    public static final String SAMPLE_DATA_CREDIT = SampleData.ADULT_CREDIT
            + "\n\nThe patient records of the health sample are synthetic: Veil generated them, and no real"
            + " person's data is in them.";

    /** LICENSE from the top of the repository, copied here by the build (pom.xml). */
    private static final String LICENCE_RESOURCE = "LICENSE";

    private final String version;
    private final String runtime;
    private final String system;
    private final String licenceText;
    private final List<ThirdPartyLibrary> libraries;

    public AboutViewModel() {
        this(VeilVersion.current(), runtimeOfThisProcess(), systemOfThisProcess(), readLicence(),
                ThirdPartyLibrary.shipped());
    }

    AboutViewModel(String version, String runtime, String system, String licenceText,
            List<ThirdPartyLibrary> libraries) {
        this.version = version;
        this.runtime = runtime;
        this.system = system;
        this.licenceText = licenceText;
        this.libraries = List.copyOf(libraries);
    }

    public String version() {
        return version;
    }

    /** The Java and JavaFX runtimes Veil runs on. */
    public String runtime() {
        return runtime;
    }

    /** The operating system, its version and the processor architecture. */
    public String system() {
        return system;
    }

    public String licenceText() {
        return licenceText;
    }

    public List<ThirdPartyLibrary> libraries() {
        return libraries;
    }

    /** What Copy version info puts on the clipboard, to paste into a bug report. */
    public String versionInfo() {
        return String.join(System.lineSeparator(), "Veil " + version, runtime, system);
    }

    private static String runtimeOfThisProcess() {
        // Set by JavaFX when it starts; "javafx.version" is the older name of the same fact.
        String javafx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown"));
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") · JavaFX " + javafx;
    }

    private static String systemOfThisProcess() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")";
    }

    private static String readLicence() {
        try (InputStream in = AboutViewModel.class.getResourceAsStream(LICENCE_RESOURCE)) {
            return in == null
                    ? LICENCE_NAME + ": https://www.apache.org/licenses/LICENSE-2.0"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
