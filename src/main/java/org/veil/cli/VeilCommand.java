package org.veil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veil} command line: thin commands over the service layer, for batch use and scripts. */
@Command(name = "veil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Veil: anonymize tabular data with provable privacy guarantees.",
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateSampleCommand.class,
            AnonymizeCommand.class,
            RiskCommand.class,
            RunCommand.class,
            VerifyCommand.class
        })
public final class VeilCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 success, 2 bad arguments). */
    public static int execute(String... args) {
        return execute(CommandLine.defaultFactory(), args);
    }

    /**
     * Runs the command line with the commands and mixins made by {@code factory}, e.g. one giving
     * {@link PasswordOptions} another environment.
     */
    static int execute(CommandLine.IFactory factory, String... args) {
        return new CommandLine(new VeilCommand(), factory).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
