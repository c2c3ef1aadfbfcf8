package org.veil.project.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.project.ProjectFormatException;

class ProjectEncryptionTest {

    private static final byte[] PLAIN = ("PK\u0003\u0004 {\"format\": \"veil-project\", \"columns\": [\"birth_date\"]}"
            + " and some more plaintext to encrypt").getBytes(StandardCharsets.UTF_8);
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static byte[] encrypted;

    @BeforeAll
    static void encryptOnce() {
        encrypted = ProjectEncryption.encrypt(PLAIN, PASSWORD);
    }

    @Test
    void roundTripsAndLeavesThePasswordAlone() throws Exception {
        assertArrayEquals(PLAIN, ProjectEncryption.decrypt(encrypted, PASSWORD));
        assertArrayEquals("correct horse battery staple".toCharArray(), PASSWORD, "the caller's array is not changed");
    }

    @Test
    void encryptsTheContentWrittenToTheBuffer() throws Exception {
        byte[] file = ProjectEncryption.encrypt(out -> out.write(PLAIN), PASSWORD);
        assertArrayEquals(PLAIN, ProjectEncryption.decrypt(file, PASSWORD));
    }

    @Test
    void writesTheLayoutOfTheFormatDescription() throws Exception {
        ByteBuffer header = ByteBuffer.wrap(encrypted);
        byte[] magic = new byte[8];
        header.get(magic);
        assertEquals("VEILENC1", new String(magic, StandardCharsets.US_ASCII));
        int iterations = header.getInt();
        assertTrue(iterations >= 600_000, "iterations recorded: " + iterations);
        assertEquals(iterations, ProjectEncryption.header(encrypted).iterations());
        assertEquals(16, ProjectEncryption.header(encrypted).salt().length);
        assertEquals(12, ProjectEncryption.header(encrypted).iv().length);
        assertEquals(PLAIN.length + 16, ProjectEncryption.header(encrypted).ciphertextLength(), "128-bit tag");
        assertEquals(8 + 4 + 16 + 12 + 4 + PLAIN.length + 16, encrypted.length);
    }

    @Test
    void containsNoPlaintext() {
        String file = new String(encrypted, StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("veil-project"));
        assertFalse(file.contains("birth_date"));
        assertFalse(file.contains("PK"), "not even the ZIP signature");
    }

    @Test
    void usesAFreshSaltAndIvEveryTime() {
        byte[] again = ProjectEncryption.encrypt(PLAIN, PASSWORD);
        assertNotEquals(Arrays.toString(Arrays.copyOfRange(encrypted, 12, 40)),
                Arrays.toString(Arrays.copyOfRange(again, 12, 40)));
        assertFalse(Arrays.equals(Arrays.copyOfRange(encrypted, 44, encrypted.length),
                Arrays.copyOfRange(again, 44, again.length)));
    }

    @Test
    void refusesAWrongPassword() {
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> ProjectEncryption.decrypt(encrypted, "correct horse battery stapler".toCharArray()));
        assertTrue(e.getMessage().startsWith("Wrong password"), e.getMessage());
        assertInstanceOf(ProjectFormatException.class, e, "callers that know only format errors still refuse it");
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThrows(PasswordRequiredException.class, () -> ProjectEncryption.decrypt(encrypted, new char[0]));
        assertThrows(IllegalArgumentException.class, () -> ProjectEncryption.encrypt(PLAIN, new char[0]));
    }

    /** One byte changed anywhere (magic, iterations, salt, IV, length, ciphertext, tag) is detected. */
    @Test
    void detectsAChangedByteAnywhere() {
        int[] positions = {0, 7, 11, 8, 12, 27, 28, 39, 43, 44, 44 + PLAIN.length / 2, encrypted.length - 17,
                encrypted.length - 1};
        for (int position : positions) {
            byte[] changed = encrypted.clone();
            changed[position] ^= 0x01;
            ProjectFormatException e = assertThrows(ProjectFormatException.class,
                    () -> ProjectEncryption.decrypt(changed, PASSWORD), "byte " + position);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void refusesAnIterationCountChangedToHoursOfWork() {
        byte[] changed = encrypted.clone();
        changed[8] = 0x7f;
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectEncryption.decrypt(changed, PASSWORD));
        assertTrue(e.getMessage().contains("iteration count"), e.getMessage());
    }

    @Test
    void refusesADowngradedIterationCount() {
        byte[] changed = encrypted.clone();
        ByteBuffer.wrap(changed).putInt(8, 1000);
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectEncryption.decrypt(changed, PASSWORD));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void saysWhenTheFileIsTruncated() {
        for (int length : new int[] {8, 20, 43, 44, 60, encrypted.length - 1}) {
            byte[] truncated = Arrays.copyOf(encrypted, length);
            ProjectFormatException e = assertThrows(ProjectFormatException.class,
                    () -> ProjectEncryption.decrypt(truncated, PASSWORD), "length " + length);
            assertFalse(e instanceof WrongPasswordException, "length " + length);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void saysWhenBytesFollowTheEnd() {
        byte[] longer = Arrays.copyOf(encrypted, encrypted.length + 3);
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectEncryption.decrypt(longer, PASSWORD));
        assertTrue(e.getMessage().contains("follow its end"), e.getMessage());
    }

    @Test
    void recognisesEncryptedFilesByTheirMagicAndLeavesStreamsWhereTheyWere() throws Exception {
        assertTrue(ProjectEncryption.isEncrypted(encrypted));
        assertFalse(ProjectEncryption.isEncrypted(PLAIN));
        assertFalse(ProjectEncryption.isEncrypted(new byte[] {'V', 'E'}));
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(encrypted));
        assertTrue(ProjectEncryption.isEncrypted(in));
        assertArrayEquals(encrypted, in.readAllBytes(), "the stream was reset");
        assertFalse(ProjectEncryption.isEncrypted(new BufferedInputStream(new ByteArrayInputStream(PLAIN))));
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectEncryption.decrypt(PLAIN, PASSWORD));
        assertTrue(e.getMessage().contains("not an encrypted"), e.getMessage());
    }
}
