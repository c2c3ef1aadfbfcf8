package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of shipped libraries that the build writes for Help › About (license-maven-plugin, see pom.xml). */
class ThirdPartyLibraryTest {

    private static final List<ThirdPartyLibrary> SHIPPED = ThirdPartyLibrary.shipped();

    @Test
    void listsTheRuntimeLibrariesWithTheirLicences() {
        Map<String, ThirdPartyLibrary> byArtifact = SHIPPED.stream()
                .collect(Collectors.toMap(ThirdPartyLibrary::artifact, Function.identity()));
        for (String artifact : List.of("org.openjfx:javafx-controls", "org.openjfx:javafx-base",
                "org.controlsfx:controlsfx", "org.apache.poi:poi-ooxml", "org.apache.poi:poi",
                "org.apache.xmlbeans:xmlbeans", "org.apache.commons:commons-csv", "org.jfree:jfreechart",
                "org.jfree:org.jfree.chart.fx", "org.jfree:org.jfree.fxgraphics2d", "org.jfree:org.jfree.svg",
                "org.apache.pdfbox:pdfbox", "info.picocli:picocli", "com.fasterxml.jackson.core:jackson-databind",
                "org.apache.logging.log4j:log4j-api")) {
            ThirdPartyLibrary library = byArtifact.get(artifact);
            assertTrue(library != null, artifact + " is missing from " + byArtifact.keySet());
            assertFalse(library.licence().isBlank(), artifact + " has no licence");
        }
        assertEquals("Apache License 2.0", byArtifact.get("org.apache.poi:poi-ooxml").licence(),
                "the POMs' spellings of one licence are merged into one name");
    }

    @Test
    void leavesOutTheLibrariesOnlyTestsUse() {
        assertTrue(SHIPPED.stream().map(ThirdPartyLibrary::artifact).noneMatch(artifact -> Stream.of(
                "org.junit", "org.testfx", "net.jqwik", "com.tngtech.archunit", "org.opentest4j", "org.hamcrest")
                .anyMatch(artifact::startsWith)), SHIPPED.toString());
    }

    /** Each entry names a jar on the class path at the listed version, so the list is not stale. */
    @Test
    void everyEntryIsAJarOfThisBuildAtItsVersion() {
        List<String> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).filter(name -> name.endsWith(".jar")).toList();
        for (ThirdPartyLibrary library : SHIPPED) {
            assertFalse(library.name().isBlank() || library.version().isBlank() || library.licence().isBlank(),
                    library.toString());
            String jar = library.artifact().substring(library.artifact().indexOf(':') + 1) + "-" + library.version();
            assertTrue(jars.stream().anyMatch(name -> name.equals(jar + ".jar") || name.startsWith(jar + "-")),
                    jar + " is not on the class path");
        }
    }

    @Test
    void readsOneLineOfTheList() {
        ThirdPartyLibrary library = ThirdPartyLibrary.parse(
                "Apache Commons CSV\torg.apache.commons:commons-csv\t1.14.1\tApache License 2.0\thttps://commons.apache.org/");
        assertEquals(new ThirdPartyLibrary("Apache Commons CSV", "org.apache.commons:commons-csv", "1.14.1",
                "Apache License 2.0", "https://commons.apache.org/"), library);
    }
}
