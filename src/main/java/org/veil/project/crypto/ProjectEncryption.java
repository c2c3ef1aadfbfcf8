package org.veil.project.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.DestroyFailedException;
import org.veil.project.ProjectFormatException;

/**
 * Password protection of a whole project file. The project archive's bytes are encrypted in memory
 * with AES-256-GCM; the key comes from the password by PBKDF2WithHmacSHA256 with a random salt.
 * The result is laid out as follows (numbers big-endian):
 *
 * <pre>
 * offset  size  content
 *      0     8  magic "VEILENC1" (ASCII)
 *      8     4  PBKDF2 iteration count
 *     12    16  salt
 *     28    12  GCM IV (nonce)
 *     40     4  length of the ciphertext in bytes, tag included
 *     44     n  ciphertext followed by the 16-byte GCM tag
 * </pre>
 *
 * The 44 header bytes are the GCM's additional authenticated data, so a change to any byte of the
 * file is detected: as a {@link WrongPasswordException} (the tag does not match; GCM cannot tell a
 * wrong password from changed bytes) or as a {@link ProjectFormatException} (the header does not
 * make sense, the file is truncated). Decryption never yields garbage.
 *
 * <p>Only the JDK's {@code javax.crypto} is used. Password arrays passed in are not changed (they
 * belong to the caller); derived keys and the key specification are wiped after use.
 */
public final class ProjectEncryption {

    /** The first bytes of every encrypted project. */
    public static final byte[] MAGIC = "VEILENC1".getBytes(StandardCharsets.US_ASCII);
    /** The PBKDF2 iterations new files get (OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 600_000;
    /** Fewer iterations are refused: nobody can downgrade a file's protection unnoticed. */
    static final int MIN_ITERATIONS = ITERATIONS;
    /** More iterations are refused as damage: a changed count must not hang the opening for hours. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int KEY_BITS = 256;
    static final int HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES + IV_BYTES + 4;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes plain content, e.g. a project archive, into the buffer that is encrypted. */
    @FunctionalInterface
    public interface PlainContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The header of an encrypted project. */
    public record Header(int iterations, byte[] salt, byte[] iv, int ciphertextLength) {
    }

    private ProjectEncryption() {
    }

    /** True if the bytes start like an encrypted project. */
    public static boolean isEncrypted(byte[] bytes) {
        return bytes != null && bytes.length >= MAGIC.length
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * True if the stream starts like an encrypted project. Looks at the first bytes and resets the
     * stream, which must therefore support {@link InputStream#mark(int)} (wrap it in a
     * {@link java.io.BufferedInputStream}).
     */
    public static boolean isEncrypted(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("the stream must support mark and reset");
        }
        in.mark(MAGIC.length);
        try {
            return isEncrypted(in.readNBytes(MAGIC.length));
        } finally {
            in.reset();
        }
    }

    /**
     * Encrypts content written in memory with a password; the plaintext buffer is wiped afterwards.
     *
     * @param password not empty; not changed
     * @return the encrypted file's bytes
     */
    public static byte[] encrypt(PlainContent content, char[] password) throws IOException {
        WipeableBuffer plain = new WipeableBuffer();
        try {
            content.writeTo(plain);
            return encrypt(plain.bytes(), 0, plain.size(), password, ITERATIONS);
        } finally {
            plain.wipe();
        }
    }

    /**
     * Encrypts bytes with a password.
     *
     * @param password not empty; not changed
     * @return the encrypted file's bytes
     */
    public static byte[] encrypt(byte[] plain, char[] password) {
        return encrypt(plain, 0, plain.length, password, ITERATIONS);
    }

    private static byte[] encrypt(byte[] plain, int offset, int length, char[] password, int iterations) {
        requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        int ciphertextLength = length + TAG_BYTES;
        ByteBuffer file = ByteBuffer.allocate(HEADER_BYTES + ciphertextLength);
        file.put(MAGIC).putInt(iterations).put(salt).put(iv).putInt(ciphertextLength);
        SecretKeySpec key = deriveKey(password, salt, iterations);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(file.array(), 0, HEADER_BYTES);
            int written = cipher.doFinal(plain, offset, length, file.array(), HEADER_BYTES);
            if (written != ciphertextLength) {
                throw new IllegalStateException("AES-GCM wrote " + written + " bytes, not " + ciphertextLength);
            }
            return file.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        } finally {
            destroy(key);
        }
    }

    /**
     * Reads the header of an encrypted project.
     *
     * @throws ProjectFormatException if the bytes are no encrypted project, or it is truncated or damaged
     */
    public static Header header(byte[] file) throws ProjectFormatException {
        if (!isEncrypted(file)) {
            throw new ProjectFormatException("not an encrypted Veil project: it does not start with VEILENC1");
        }
        if (file.length < HEADER_BYTES) {
            throw new ProjectFormatException("the encrypted project is truncated: its header is incomplete ("
                    + file.length + " of " + HEADER_BYTES + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(file, MAGIC.length, HEADER_BYTES - MAGIC.length);
        int iterations = buffer.getInt();
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        buffer.get(salt).get(iv);
        int ciphertextLength = buffer.getInt();
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new ProjectFormatException("the encrypted project is damaged: its key-derivation iteration count "
                    + iterations + " is outside " + MIN_ITERATIONS + "–" + MAX_ITERATIONS);
        }
        if (ciphertextLength < TAG_BYTES) {
            throw new ProjectFormatException("the encrypted project is damaged: its recorded length "
                    + ciphertextLength + " is impossible");
        }
        long actual = (long) file.length - HEADER_BYTES;
        if (actual < ciphertextLength) {
            throw new ProjectFormatException("the encrypted project is truncated: it holds " + actual + " of "
                    + ciphertextLength + " encrypted bytes");
        }
        if (actual > ciphertextLength) {
            throw new ProjectFormatException("the encrypted project is damaged: " + (actual - ciphertextLength)
                    + " bytes follow its end");
        }
        return new Header(iterations, salt, iv, ciphertextLength);
    }

    /**
     * Decrypts an encrypted project.
     *
     * @param password not changed
     * @return the plain archive's bytes
     * @throws WrongPasswordException if the password is wrong or the encrypted bytes were changed
     * @throws ProjectFormatException if the file is no encrypted project, truncated or damaged
     */
    public static byte[] decrypt(byte[] file, char[] password) throws ProjectFormatException {
        Header header = header(file);
        if (password == null || password.length == 0) {
            throw new PasswordRequiredException("the project is protected by a password; it cannot be opened without");
        }
        SecretKeySpec key = deriveKey(password, header.salt(), header.iterations());
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, header.iv()));
            cipher.updateAAD(file, 0, HEADER_BYTES);
            return cipher.doFinal(file, HEADER_BYTES, header.ciphertextLength());
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException("Wrong password, or the encrypted project was changed or damaged", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        } finally {
            destroy(key);
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty password protects nothing");
        }
    }

    /** PBKDF2 → AES key; the password copy in the key specification and the raw key bytes are wiped. */
    private static SecretKeySpec deriveKey(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        byte[] raw = null;
        SecretKey derived = null;
        try {
            derived = SecretKeyFactory.getInstance(KDF).generateSecret(spec);
            raw = derived.getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            destroy(derived);
        }
    }

    /** Destroys a key where the JDK supports it (not every key class does). */
    private static void destroy(SecretKey key) {
        if (key == null || key.isDestroyed()) {
            return;
        }
        try {
            key.destroy();
        } catch (DestroyFailedException | RuntimeException e) {
            // best effort: this JDK's key class cannot be destroyed; it becomes garbage soon
        }
    }

    /** A byte buffer whose content can be overwritten, so the plaintext does not linger. */
    private static final class WipeableBuffer extends ByteArrayOutputStream {
        WipeableBuffer() {
            super(1 << 16);
        }

        byte[] bytes() {
            return buf;
        }

        void wipe() {
            Arrays.fill(buf, (byte) 0);
            count = 0;
        }
    }
}
