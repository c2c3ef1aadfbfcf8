package org.veil.io;

/** What went wrong while reading a dataset; each kind has its own fixture in the tests. */
public enum ImportProblem {
    EMPTY_FILE,
    NO_DATA_ROWS,
    RAGGED_ROW,
    UNTERMINATED_QUOTE,
    MISPLACED_QUOTE,
    BLANK_HEADER,
    DUPLICATE_HEADER,
    UNDECODABLE_BYTES,
    UNKNOWN_ENCODING,
    BINARY_CONTENT,
    UNSUPPORTED_FORMAT,
    NO_SUCH_SHEET,
    CELL_OUTSIDE_HEADER,
    UNSAFE_FILE,
    IO_ERROR
}
