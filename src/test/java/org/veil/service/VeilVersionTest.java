package org.veil.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Run from classes there is no jar manifest: the version comes from the file the build filled in. */
class VeilVersionTest {

    @Test
    void isTheProjectVersionEvenWithoutAJarManifest() {
        String version = VeilVersion.current();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }
}
