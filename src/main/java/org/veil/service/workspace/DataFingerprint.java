package org.veil.service.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.veil.io.InputSource;

/** The SHA-256 and size of a source's bytes: how a project recognises its data. */
record DataFingerprint(String sha256, long size) {

    static DataFingerprint of(InputSource source) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new DataFingerprint(HexFormat.of().formatHex(digest.digest()), size);
    }

    static DataFingerprint of(byte[] bytes) {
        return new DataFingerprint(HexFormat.of().formatHex(newDigest().digest(bytes)), bytes.length);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
