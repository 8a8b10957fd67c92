package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code analyze pareto}: Pareto, ABC classes and concentration, optionally per group. */
@Command(name = "pareto", description = "Pareto curve, ABC classes and concentration (HHI) of the revenue.")
final class ParetoCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PeriodOptions period;

    @Option(names = "--by", paramLabel = "DIMENSION",
            description = "Break down by region, division, country, industry, owner or currency.")
    String dimension;

    @Option(names = "--classes", paramLabel = "A,B[,C]", description = "ABC class sizes in percent (default 80,15,5).")
    String classes;

    @Option(names = "--group-roll-up", description = "Roll accounts up to their group (parent account): each group "
            + "counts as one account with its subsidiaries' revenue.")
    boolean groupRollUp;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    ParetoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AnalysisRequest request = PortfolioCommands.request(period, dimension, classes);
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            PortfolioService service = ws.portfolio();
            PortfolioAnalysis analysis = PortfolioCommands.run(() -> service.analyze(groupRollUp ? service.loadByGroup()
                    : service.load(), request));
            if (json) {
                context.printJson(PortfolioJson.analysis(analysis));
            } else {
                new PortfolioText(context.out()).analysis(analysis);
            }
            return KamCli.OK;
        }
    }
}
