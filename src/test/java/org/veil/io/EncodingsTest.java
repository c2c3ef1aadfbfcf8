package org.veil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingsTest {

    @Test
    void findsCharsetsByNameAndAlias() throws DatasetReadException {
        assertEquals(StandardCharsets.ISO_8859_1, Encodings.byName(" latin1 ", "x.csv"));
        assertEquals("windows-1252", Encodings.byName("cp1252", "x.csv").name());
    }

    @Test
    void rejectsAnUnknownEncodingNamingTheFileAndSuggestingKnownOnes() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> Encodings.byName("utf-9", "x.csv"));
        assertEquals(ImportProblem.UNKNOWN_ENCODING, e.problem());
        assertTrue(e.getMessage().startsWith("x.csv: unknown text encoding 'utf-9'"), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(ImportProblem.UNKNOWN_ENCODING,
                assertThrows(DatasetReadException.class, () -> Encodings.byName("bad name!", "x.csv")).problem());
        assertEquals(ImportProblem.UNKNOWN_ENCODING,
                assertThrows(DatasetReadException.class, () -> Encodings.byName("", "x.csv")).problem());
    }
}
