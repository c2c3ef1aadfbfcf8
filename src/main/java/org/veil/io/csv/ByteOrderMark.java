package org.veil.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Recognises and skips byte-order marks, which must not end up in the first column's name. */
final class ByteOrderMark {

    private static final byte[] UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};

    private ByteOrderMark() {
    }

    /** The charset a byte-order mark at the start of {@code bytes} announces, or {@code null}. */
    static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, UTF8)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, UTF16_BE)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, UTF16_LE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Length of the byte-order mark at the start of {@code bytes}, or 0. */
    static int length(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        if (charset == null) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? UTF8.length : UTF16_BE.length;
    }

    /**
     * The stream without a byte-order mark at its start if the mark belongs to {@code charset} (the
     * generic UTF-16 decoder reads its own mark, so it is left in place).
     */
    static InputStream skip(InputStream in, Charset charset) throws IOException {
        // A pushback stream, unlike a buffered one, adds no copy once its few bytes are consumed.
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        Charset announced = charsetOf(head);
        int skipped = announced != null && announced.equals(charset) ? length(head) : 0;
        pushback.unread(head, skipped, head.length - skipped);
        return pushback;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
