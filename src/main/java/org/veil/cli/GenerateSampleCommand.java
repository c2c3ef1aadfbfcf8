package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.service.sample.SampleDataWriter;
import org.veil.service.sample.SyntheticHealthData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code veil generate-sample}: writes the synthetic health dataset and its hierarchies into a folder. */
@Command(name = "generate-sample",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes a synthetic health dataset (patients.csv) and its generalization hierarchies"
                + " into a folder. The same rows and seed always give the same files.")
final class GenerateSampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    @Option(names = "--rows", paramLabel = "N", description = "Number of patients (default: ${DEFAULT-VALUE}).")
    private int rows = SyntheticHealthData.DEFAULT_ROWS;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed = SyntheticHealthData.DEFAULT_SEED;

    @Override
    public Integer call() {
        if (rows < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 1, not " + rows);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            List<Path> written = SampleDataWriter.write(out, rows, seed);
            stdout.printf("Wrote %d patients (seed %d) and %d hierarchies:%n", rows, seed, written.size() - 1);
            written.forEach(file -> stdout.println("  " + file));
            stdout.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Could not write the sample to " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
