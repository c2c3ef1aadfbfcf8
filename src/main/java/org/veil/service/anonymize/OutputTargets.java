package org.veil.service.anonymize;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.io.AtomicFileWriter;

/**
 * Checks where an anonymization's results go before any work is done: never over the input (an
 * anonymized release must not destroy the original), and never two results into one file.
 */
public final class OutputTargets {

    private OutputTargets() {
    }

    /**
     * @param input  the file the data was read from
     * @param output the released data, or {@code null}
     * @param report the report, or {@code null}
     * @throws IOException naming the files if a target is the input or both targets are one file
     */
    public static void check(Path input, Path output, Path report) throws IOException {
        if (output != null) {
            AtomicFileWriter.refuseToOverwrite(output, input);
        }
        if (report != null) {
            AtomicFileWriter.refuseToOverwrite(report, input);
        }
        if (output != null && report != null) {
            try {
                AtomicFileWriter.refuseToOverwrite(report, output);
            } catch (IOException e) {
                throw new IOException("the report and the output are the same file " + output, e);
            }
        }
    }
}
