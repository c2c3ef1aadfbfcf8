package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.ProjectFormatException;
import org.veil.project.crypto.PasswordRequiredException;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.project.crypto.WrongPasswordException;
import org.veil.testing.DatasetRows;

/** Password-protected projects through the service: encrypted on disk, asked for on opening. */
class ProjectPasswordTest {

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();

    private Workspace sampleFromNoFile() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        return new Workspace(sample.dataset(), sample.sourceName(), null, sample.configuration(),
                sample.readOptions());
    }

    @Test
    void savesEncryptedAndOpensWithThePassword() throws Exception {
        Workspace sample = sampleFromNoFile();
        Path file = folder.resolve("secret.veil");
        char[] password = "s3cret!".toCharArray();

        projects.save(sample, Map.of("zip", 2), "only for auditors", file, password);

        assertArrayEquals("s3cret!".toCharArray(), password, "the caller's password is left as it was");
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(ProjectEncryption.isEncrypted(bytes));
        List<Boolean> asked = new ArrayList<>();
        OpenedProject opened = projects.open(file, ProgressListener.NONE, CancellationToken.NONE,
                (name, wrongBefore) -> {
                    asked.add(wrongBefore);
                    assertEquals("secret.veil", name);
                    return Optional.of("s3cret!".toCharArray());
                });
        assertEquals(List.of(false), asked);
        assertEquals(sample.configuration().roles(), opened.workspace().configuration().roles());
        assertEquals(Map.of("zip", 2), opened.transformation());
        assertEquals("only for auditors", opened.notes());
        assertArrayEquals(DatasetRows.rows(sample.dataset()), DatasetRows.rows(opened.workspace().dataset()));
    }

    @Test
    void theFileHoldsNoPlaintextAndNoPlainTemporaryFileRemains() throws Exception {
        Workspace sample = sampleFromNoFile();
        Path file = folder.resolve("secret.veil");
        projects.save(sample, Map.of(), "a note nobody may read", file, "pw".toCharArray());

        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("veil-project"));
        assertFalse(bytes.contains("project.json"), "not even the ZIP's entry names");
        assertFalse(bytes.contains("a note nobody may read"));
        // Names of six letters or more: a shorter one (zip, sex) turns up in random ciphertext by chance.
        for (String column : sample.dataset().columnNames()) {
            if (column.length() >= 6) {
                assertFalse(bytes.contains(column), column);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "only the project itself");
        }
    }

    @Test
    void asksAgainAfterAWrongPassword() throws Exception {
        Path file = folder.resolve("secret.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, "right".toCharArray());
        List<Boolean> asked = new ArrayList<>();
        List<char[]> given = new ArrayList<>();
        OpenedProject opened = projects.open(file, ProgressListener.NONE, CancellationToken.NONE,
                (name, wrongBefore) -> {
                    asked.add(wrongBefore);
                    char[] answer = (asked.size() == 1 ? "wrong" : asked.size() == 2 ? "" : "right").toCharArray();
                    given.add(answer);
                    return Optional.of(answer);
                });

        assertEquals(List.of(false, true, true), asked);
        assertTrue(opened.workspace().dataset().rowCount() > 0);
        for (char[] answer : given) {
            for (char c : answer) {
                assertEquals('\0', c, "every answer is wiped after use");
            }
        }
    }

    @Test
    void givingUpAfterAWrongPasswordSaysWrongPassword() throws Exception {
        Path file = folder.resolve("secret.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, "right".toCharArray());

        WrongPasswordException e = assertThrows(WrongPasswordException.class, () -> projects.open(file,
                ProgressListener.NONE, CancellationToken.NONE, PasswordSource.of("wrong".toCharArray())));
        assertTrue(e.getMessage().startsWith("Wrong password"), e.getMessage());
    }

    @Test
    void openingWithoutAPasswordFailsClearly() throws Exception {
        Path file = folder.resolve("secret.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, "right".toCharArray());

        ProjectFormatException e = assertThrows(PasswordRequiredException.class,
                () -> projects.open(file, ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("protected by a password"), e.getMessage());
    }

    @Test
    void aPlainProjectNeverAsksForAPassword() throws Exception {
        Path file = folder.resolve("plain.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, null);
        assertFalse(ProjectEncryption.isEncrypted(Files.readAllBytes(file)));

        OpenedProject opened = projects.open(file, ProgressListener.NONE, CancellationToken.NONE,
                (name, wrongBefore) -> {
                    throw new AssertionError("asked for a password");
                });
        assertTrue(opened.workspace().dataset().rowCount() > 0);
    }

    @Test
    void aDamagedEncryptedProjectIsRefusedBeforeAskingForThePassword() throws Exception {
        Path file = folder.resolve("secret.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, "right".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> projects.open(file,
                ProgressListener.NONE, CancellationToken.NONE, (name, wrongBefore) -> {
                    throw new AssertionError("asked for a password");
                }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aChangedByteInTheCiphertextIsNeverGarbage() throws Exception {
        Path file = folder.resolve("secret.veil");
        projects.save(sampleFromNoFile(), Map.of(), "", file, "right".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);

        assertThrows(WrongPasswordException.class, () -> projects.open(file, ProgressListener.NONE,
                CancellationToken.NONE, PasswordSource.of("right".toCharArray())));
    }
}
