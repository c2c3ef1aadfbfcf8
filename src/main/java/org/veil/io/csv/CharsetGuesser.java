package org.veil.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses a text file's charset from its first bytes: a byte-order mark decides; otherwise valid
 * UTF-8 (which includes plain ASCII) means UTF-8, and anything else is taken as windows-1252, the
 * usual encoding of spreadsheets exported on Western Windows machines (a superset of the printable
 * ISO-8859-1 characters).
 */
final class CharsetGuesser {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetGuesser() {
    }

    /**
     * @param sample   the first bytes of the file
     * @param complete whether the sample is the whole file (otherwise a multi-byte character cut at
     *                 its end is not held against UTF-8)
     */
    static Charset guess(byte[] sample, boolean complete) {
        Charset announced = ByteOrderMark.charsetOf(sample);
        if (announced != null) {
            return announced;
        }
        return isUtf8(sample, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Strict UTF-8 check: no overlong forms, no surrogates, nothing above U+10FFFF. */
    static boolean isUtf8(byte[] bytes, boolean complete) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            int extra;
            int min;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return !complete;
            }
            int codePoint = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /** Whether the bytes hold NUL characters, a sign of a binary file (or UTF-16 without a mark). */
    static boolean looksBinary(byte[] sample) {
        if (ByteOrderMark.charsetOf(sample) != null && !ByteOrderMark.charsetOf(sample).equals(StandardCharsets.UTF_8)) {
            return false;
        }
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
