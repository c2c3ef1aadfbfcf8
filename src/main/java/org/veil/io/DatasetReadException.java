package org.veil.io;

/**
 * A dataset could not be read. Names the source and, where known, the line (1-based, as an editor
 * shows it; the sheet row for spreadsheets) and the column (1-based), so the user can find and fix
 * the spot.
 */
public final class DatasetReadException extends Exception {

    private final ImportProblem problem;
    private final String source;
    private final long line;
    private final int column;
    private final String detail;

    public DatasetReadException(ImportProblem problem, String source, long line, int column, String detail,
            Throwable cause) {
        super(compose(source, line, column, detail), cause);
        this.problem = problem;
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public DatasetReadException(ImportProblem problem, String source, long line, int column, String detail) {
        this(problem, source, line, column, detail, null);
    }

    /** A problem with the whole file, not one spot in it. */
    public DatasetReadException(ImportProblem problem, String source, String detail) {
        this(problem, source, 0, 0, detail, null);
    }

    private static String compose(String source, long line, int column, String detail) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(", line ").append(line);
        }
        if (column > 0) {
            message.append(", column ").append(column);
        }
        return message.append(": ").append(detail).toString();
    }

    public ImportProblem problem() {
        return problem;
    }

    public String source() {
        return source;
    }

    /** The 1-based line (or spreadsheet row), or 0 if the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 if not known. */
    public int column() {
        return column;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
