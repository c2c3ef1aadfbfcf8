package org.veil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectLockedException;
import org.veil.service.workspace.ProjectVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil verify}: checks a project for an auditor — it reads, its audit chain holds, the data
 * matches the recorded hash, and a re-run reproduces the recorded output hash. Prints each check;
 * exits 0 only when all hold. A password-protected project is opened with the password
 * {@link PasswordOptions} gives.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks a project: the audit trail's hash chain, the data's recorded SHA-256, and that running"
                + " the project again reproduces the output recorded at its last export.", "",
            "A password-protected project needs its password: --password asks for it, --password-file reads it"
                    + " from a file, and without either the environment variable "
                    + PasswordOptions.ENVIRONMENT_VARIABLE + " is used.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check holds", "1:a check fails",
            "2:bad arguments, no such project file, or a password-protected project without its password or"
                    + " with a wrong one"})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.veil", description = "The project to check.")
    private Path project;

    @Option(names = "--input", paramLabel = "DATA.csv", description = "The data, where the project's reference no"
            + " longer finds it.")
    private Path input;

    @Mixin
    private PasswordOptions passwords;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(project)) {
                err.println(project + ": no such project file");
                return ExitCodes.BAD_INPUT;
            }
            return passwords.withPassword(err, source -> verify(source, out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int verify(PasswordSource source, PrintWriter out, PrintWriter err) {
        ProjectVerification.Result result;
        try {
            result = new ProjectVerification().verify(project, input, source, ProgressListener.NONE,
                    CancellationToken.NONE);
        } catch (ProjectLockedException e) {
            return passwords.locked(project, e.reason(), err);
        }
        for (ProjectVerification.Check check : result.checks()) {
            out.println((check.holds() ? "ok      " : "FAILED  ") + check.text());
        }
        out.println(result.allHold() ? "Verified: every check holds." : "Not verified: see the failed checks.");
        return result.allHold() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
