package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.service.VeilVersion;

/** {@code veil --version} says the version Help › About shows. */
class VersionOptionTest {

    @Test
    void printsTheVersionTheWorkbenchShows() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("Veil " + VeilVersion.current(), run.out().strip());
    }
}
