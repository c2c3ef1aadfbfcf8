package org.veil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hipaa.SafeHarborScanner;
import org.veil.io.DatasetReadException;
import org.veil.service.ImportService;
import org.veil.service.anonymize.HierarchyLoader;
import org.veil.service.anonymize.InputFiles;
import org.veil.service.risk.RiskReport;
import org.veil.service.risk.RiskReportJson;
import org.veil.service.risk.RiskRequest;
import org.veil.service.risk.RiskService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil risk}: the re-identification risk of a delimited file as given, or generalized to given
 * levels, printed as JSON with the HIPAA Safe Harbor findings, so auditors can script their checks.
 * Exit codes: 0 printed, 2 bad arguments or input files.
 */
@Command(name = "risk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Prints the re-identification risk of data as JSON: prosecutor, journalist and marketer risk, sample"
                    + " and population uniques, the class sizes, and the HIPAA Safe Harbor findings.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the risk was printed", "2:bad arguments, or an input or hierarchy file that cannot be used"})
public final class RiskCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "The delimited text file to analyze; its first"
            + " line must name the columns.")
    private Path data;

    @Option(names = "--qi", paramLabel = "NAME[=HIERARCHY.csv]", required = true,
            converter = ColumnArgument.OptionalHierarchy.class,
            description = "A quasi-identifier, with its hierarchy where --levels generalizes it. Repeatable.")
    private List<ColumnArgument> quasiIdentifiers = new ArrayList<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "The field delimiter, e.g. ';' or tab (default: detected).")
    private Character delimiter;

    @Option(names = "--levels", paramLabel = "NAME=L,...", split = ",",
            description = "Analyze the data generalized to these hierarchy levels (default: all 0, the data as"
                    + " given).")
    private Map<String, Integer> levels = new LinkedHashMap<>();

    @Option(names = "--population", paramLabel = "N", description = "The number of people the data was drawn"
            + " from (default: the data is the whole population).")
    private Long population;

    @Option(names = "--sampling-fraction", paramLabel = "F", description = "The share of the population in the"
            + " data, 0 < F <= 1; instead of --population.")
    private Double samplingFraction;

    @Option(names = "--threshold", paramLabel = "R", defaultValue = "0.2", description = "Records whose risk is"
            + " above R count as at risk (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (population != null && samplingFraction != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --population or --sampling-fraction, not both");
        }
        try {
            InputFiles.Input input = CommandInputs.read(spec, data, delimiter, new ImportService());
            Map<String, org.veil.engine.hierarchy.Hierarchy> qis = new LinkedHashMap<>();
            for (ColumnArgument qi : quasiIdentifiers) {
                qis.put(qi.column(), qi.hierarchy().isPresent()
                        ? HierarchyLoader.load(qi.hierarchy().get(), input.dataset(), qi.column()) : null);
            }
            RiskRequest request = new RiskRequest(input.dataset(), qis, levels, population == null ? 0 : population,
                    samplingFraction == null ? 0 : samplingFraction, threshold);
            RiskReport report = new RiskService().analyze(request);
            spec.commandLine().getOut().print(RiskReportJson.toJson(report, new SafeHarborScanner().scan(input.dataset())));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (DatasetReadException | HierarchyException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
