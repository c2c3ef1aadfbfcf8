package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.service.VeilVersion;

class AboutViewModelTest {

    @Test
    void showsTheFullApacheLicenceFromTheRepository() {
        AboutViewModel about = new AboutViewModel();
        assertEquals(VeilVersion.current(), about.version());
        assertTrue(about.licenceText().contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"));
        assertTrue(about.licenceText().contains("END OF TERMS AND CONDITIONS"));
    }

    @Test
    void copiesVersionRuntimeAndSystemOnePerLine() {
        AboutViewModel about = new AboutViewModel("1.2.3", "Java 17.0.15 (Debian) · JavaFX 21.0.11", "Linux 6.1 (amd64)",
                "licence", List.of());
        assertEquals(List.of("Veil 1.2.3", "Java 17.0.15 (Debian) · JavaFX 21.0.11", "Linux 6.1 (amd64)"),
                about.versionInfo().lines().toList());
    }
}
