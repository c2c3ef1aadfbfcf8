package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil verify} on the shipped sample project, as given and tampered with. */
class VerifyCommandTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final Path PROJECT = HEALTH.resolve("patients.veil");

    @TempDir
    Path folder;

    @Test
    void theSampleProjectPassesEveryCheckIncludingTheReRunOfItsExport() {
        CommandRun run = CommandRun.of("verify", PROJECT.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Audit trail intact (4 entries)"), run.out());
        assertTrue(run.out().contains("Running the project again reproduces the exported output"), run.out());
        assertTrue(run.out().strip().endsWith("Verified: every check holds."), run.out());
    }

    @Test
    void aChangedAuditEntryIsReportedWhereTheChainBreaks() throws Exception {
        Path tampered = folder.resolve("tampered.veil");
        rewriteEntry(PROJECT, tampered, "audit.jsonl", text -> text.replace("Anonymize", "Anonymise"));

        CommandRun run = CommandRun.of("verify", tampered.toString(), "--input", HEALTH.resolve("patients.csv")
                .toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("FAILED  Audit trail broken at entry 2"), run.out());
    }

    @Test
    void changedDataFailsTheHashAndTheReRun() throws Exception {
        Path data = folder.resolve("patients.csv");
        String csv = Files.readString(HEALTH.resolve("patients.csv"), StandardCharsets.UTF_8);
        Files.writeString(data, csv.replaceFirst("female", "male"), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("verify", PROJECT.toString(), "--input", data.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().lines().filter(line -> line.startsWith("FAILED")).count() >= 2, run.out());
    }

    @Test
    void oneByteChangedInProjectJsonFailsTheConfigurationCheck() throws Exception {
        Path tampered = folder.resolve("tampered.veil");
        rewriteEntry(PROJECT, tampered, "project.json", text -> text.replace("5-anonymity", "6-anonymity"));

        CommandRun run = CommandRun.of("verify", tampered.toString(), "--input", HEALTH.resolve("patients.csv")
                .toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("FAILED  The project's settings were changed outside Veil"), run.out());
        assertTrue(run.out().contains("the configuration"), run.out());
        assertTrue(run.out().contains("Audit trail intact"), run.out());
    }

    @Test
    void theLastAuditEntryCutOffFailsTheAuditHeadCheck() throws Exception {
        Path tampered = folder.resolve("cut.veil");
        rewriteEntry(PROJECT, tampered, "audit.jsonl", text -> text.substring(0, text.stripTrailing().lastIndexOf('\n') + 1));

        CommandRun run = CommandRun.of("verify", tampered.toString(), "--input", HEALTH.resolve("patients.csv")
                .toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Audit trail intact (3 entries)"), run.out());
        assertTrue(run.out().contains("FAILED  The audit trail does not end with the entry project.json recorded"),
                run.out());
    }

    @Test
    void theSampleProjectsConfigurationAndAuditHeadHold() {
        CommandRun run = CommandRun.of("verify", PROJECT.toString());

        assertTrue(run.out().contains("The configuration matches the hash recorded at the last save."), run.out());
        assertTrue(run.out().contains("The audit trail ends with the entry project.json recorded at the last save."),
                run.out());
    }

    @Test
    void aMissingProjectIsABadArgument() {
        assertEquals(2, CommandRun.of("verify", folder.resolve("none.veil").toString()).exitCode());
    }

    /** Copies a project ZIP, changing the text of one entry. */
    private static void rewriteEntry(Path source, Path target, String name,
            java.util.function.UnaryOperator<String> change) throws Exception {
        try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(target); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                byte[] content = bytes.toByteArray();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
    }
}
