package org.veil.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.veil.io.InputSource;

/**
 * Finds lines and columns in a text file for error messages. Only runs once something went wrong,
 * so the happy path pays nothing for exact positions.
 */
final class TextLocator {

    /** A 1-based line and column. */
    record Position(long line, int column) {
    }

    /** The first byte the charset cannot decode: where it is and its value. */
    record DecodingError(Position position, int badByte) {
    }

    private TextLocator() {
    }

    /**
     * The position of the first character at or after {@code charPosition} that is not a line break:
     * a parsed record's start position may point at empty lines the parser skipped before it.
     */
    static Position positionOf(InputSource source, Charset charset, long charPosition) throws IOException {
        try (Reader reader = TextStreams.reader(source.open(), charset, false)) {
            LineCounter counter = new LineCounter();
            long index = 0;
            int c;
            while ((c = reader.read()) >= 0) {
                if (index >= charPosition && c != '\n' && c != '\r') {
                    return counter.position();
                }
                counter.accept(c);
                index++;
            }
            return counter.position();
        }
    }

    /** The first undecodable byte, or {@code null} if the whole source decodes. */
    static DecodingError firstDecodingError(InputSource source, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream raw = source.open(); InputStream in = ByteOrderMark.skip(new BufferedInputStream(raw), charset)) {
            LineCounter counter = new LineCounter();
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    counter.accept(chars.get());
                }
                chars.clear();
                if (result.isError()) {
                    return new DecodingError(counter.position(), bytes.get(bytes.position()) & 0xFF);
                }
                bytes.compact();
                if (end && result.isUnderflow()) {
                    return null;
                }
            }
        }
    }

    /** Tracks line and column over a stream of characters; CR, LF and CRLF each end a line. */
    private static final class LineCounter {
        private long line = 1;
        private int column = 1;
        private boolean afterCarriageReturn;

        void accept(int c) {
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }

        Position position() {
            return new Position(line, column);
        }
    }
}
