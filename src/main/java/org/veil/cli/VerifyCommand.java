package org.veil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.workspace.ProjectVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil verify}: checks a project for an auditor — it reads, its audit chain holds, the data
 * matches the recorded hash, and a re-run reproduces the recorded output hash. Prints each check;
 * exits 0 only when all hold.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks a project: the audit trail's hash chain, the data's recorded SHA-256, and that running"
                + " the project again reproduces the output recorded at its last export.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check holds", "1:a check fails", "2:bad arguments"})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.veil", description = "The project to check.")
    private Path project;

    @Option(names = "--input", paramLabel = "DATA.csv", description = "The data, where the project's reference no"
            + " longer finds it.")
    private Path input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(project)) {
            spec.commandLine().getErr().println(project + ": no such project file");
            return ExitCodes.BAD_INPUT;
        }
        ProjectVerification.Result result = new ProjectVerification().verify(project, input, ProgressListener.NONE,
                CancellationToken.NONE);
        for (ProjectVerification.Check check : result.checks()) {
            out.println((check.holds() ? "ok      " : "FAILED  ") + check.text());
        }
        out.println(result.allHold() ? "Verified: every check holds." : "Not verified: see the failed checks.");
        out.flush();
        return result.allHold() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
