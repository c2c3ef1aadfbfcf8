package org.veil.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectLockedException;
import org.veil.service.workspace.ProjectReplay;
import org.veil.service.workspace.ReplayException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil run}: reproduces a saved project's export without the workbench: the same
 * transformation and the same bytes as the Export step with its default options. Exit codes: 0
 * written, 1 the output could not be written, 2 bad arguments, project or data, 3 the saved
 * transformation is not anonymous on the data (or, with none saved, no transformation is). A
 * password-protected project is opened with the password {@link PasswordOptions} gives.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = {
            "veil run PROJECT.veil [--input DATA.csv] --output OUT.csv",
            "         [--password | --password-file FILE]"},
        description = {
            "Replays a project saved in the workbench: reads its data, runs the anonymization, selects the saved"
                    + " transformation (the optimum if none was saved) and writes it as File › Export does by"
                    + " default (UTF-8, comma, LF, formulas neutralised), byte for byte. Prints the output's"
                    + " SHA-256.",
            "",
            "A password-protected project needs its password: --password asks for it, --password-file reads it"
                    + " from a file, and without either the environment variable "
                    + PasswordOptions.ENVIRONMENT_VARIABLE + " is used.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the output was written",
            "1:the output could not be written",
            "2:bad arguments, a project or data file that cannot be used, a password-protected project without"
                    + " its password or with a wrong one, or an output over the data or the project",
            "3:the saved transformation is not anonymous on this data, or no transformation is; nothing written"})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.veil", description = "The project saved in the workbench.")
    private Path project;

    @Option(names = "--input", paramLabel = "DATA.csv",
            description = "Read the data from this file instead of the one the project names (read with the"
                    + " project's settings).")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv",
            description = "Where to write the anonymized data; never the data or the project file.")
    private Path output;

    @Mixin
    private PasswordOptions passwords;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return passwords.withPassword(err, source -> replay(source, out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int replay(PasswordSource source, PrintWriter out, PrintWriter err) {
        try {
            ProjectReplay.Replayed done = new ProjectReplay().replay(project, input, source, output,
                    warning -> err.println("Warning: " + warning), ProgressListener.NONE, CancellationToken.NONE);
            printSummary(done, out);
            return ExitCodes.OK;
        } catch (ReplayException e) {
            if (e.kind() == ReplayException.Kind.PASSWORD_REQUIRED) {
                return passwords.locked(project, ProjectLockedException.Reason.PASSWORD_REQUIRED, err);
            }
            if (e.kind() == ReplayException.Kind.WRONG_PASSWORD) {
                return passwords.locked(project, ProjectLockedException.Reason.WRONG_PASSWORD, err);
            }
            err.println(message(e));
            return exitCode(e.kind());
        }
    }

    private String message(ReplayException e) {
        if (e.kind() == ReplayException.Kind.DATA_MISSING && input == null) {
            return e.getMessage() + ". Put it back, or give the data with --input DATA.csv.";
        }
        return e.getMessage();
    }

    static int exitCode(ReplayException.Kind kind) {
        return switch (kind) {
            case NOT_ANONYMOUS, NO_SOLUTION -> ExitCodes.NOT_ANONYMOUS;
            case WRITE -> ExitCodes.FAILED;
            case PROJECT, PASSWORD_REQUIRED, WRONG_PASSWORD, DATA_MISSING, DATA, CONFIGURATION, TARGET,
                    NOT_IN_SOLUTION_SPACE -> ExitCodes.BAD_INPUT;
        };
    }

    private static void printSummary(ProjectReplay.Replayed done, PrintWriter out) {
        out.printf(Locale.ROOT, "Replayed %s on %s: %,d records%n", done.project(),
                done.dataFile() != null ? done.dataFile() : done.dataName() + " (embedded)", done.records());
        out.printf(Locale.ROOT, "  transformation  %s (%s)%n", done.transformation().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                done.saved() ? (done.optimal() ? "saved, the optimum" : "saved") : "the optimum; none was saved");
        out.printf(Locale.ROOT, "  suppressed      %,d records (%s%%)%n", done.suppressedRecords(),
                percent(done.records() == 0 ? 0 : (double) done.suppressedRecords() / done.records()));
        out.printf(Locale.ROOT, "  classes         %,d equivalence classes released%n", done.retainedClasses());
        out.printf(Locale.ROOT, "  metric          %s = %.6g%n", done.metric(), done.metricValue());
        out.printf(Locale.ROOT, "Wrote %s%n", done.output());
        out.printf(Locale.ROOT, "  sha256          %s%n", done.outputSha256());
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
