package org.veil.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** Opens a byte stream as text: the byte-order mark skipped, bytes decoded strictly or leniently. */
final class TextStreams {

    private TextStreams() {
    }

    /**
     * A reader over {@code in}. A strict reader fails with a {@link java.nio.charset.CharacterCodingException}
     * on bytes the charset cannot decode; a lenient one replaces them with U+FFFD.
     */
    static Reader reader(InputStream in, Charset charset, boolean strict) throws IOException {
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        return new InputStreamReader(ByteOrderMark.skip(in, charset), decoder);
    }
}
