package org.veil.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/** Text encodings offered to the user, and lookup of one the user typed. */
public final class Encodings {

    /** The encodings most files come in, for choice lists. */
    public static final List<String> COMMON = List.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE",
            "US-ASCII");

    private Encodings() {
    }

    /**
     * The charset with this name or alias.
     *
     * @throws DatasetReadException ({@link ImportProblem#UNKNOWN_ENCODING}) if Java knows no such charset
     */
    public static Charset byName(String name, String source) throws DatasetReadException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DatasetReadException(ImportProblem.UNKNOWN_ENCODING, source, 0, 0,
                    "unknown text encoding '" + name + "'; use one such as " + String.join(", ", COMMON), e);
        } catch (IllegalArgumentException e) {
            throw new DatasetReadException(ImportProblem.UNKNOWN_ENCODING, source, 0, 0,
                    "no text encoding given; use one such as " + String.join(", ", COMMON), e);
        }
    }
}
